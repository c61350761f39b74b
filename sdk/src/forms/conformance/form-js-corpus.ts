import { readFileSync } from 'node:fs';
import { corpusDir } from '../../testing/corpus-dir';

export interface SchemaValidationCase {
  name: string;
  expectValid: boolean;
  expectedErrors: Array<{ instancePath: string; keyword: string; message: string }> | null;
  form: unknown;
}

export interface ManifestForm {
  file: string;
  features: string[];
  expected: string[];
}

export function readCorpusJson<T>(...segments: string[]): T {
  return JSON.parse(readFileSync(corpusDir('form-js', ...segments), 'utf8')) as T;
}

export const schemaValidationCases = (): SchemaValidationCase[] =>
  readCorpusJson<{ cases: SchemaValidationCase[] }>('schema-validation-cases.json').cases;

export const manifestForms = (): ManifestForm[] => readCorpusJson<{ forms: ManifestForm[] }>('manifest.json').forms;

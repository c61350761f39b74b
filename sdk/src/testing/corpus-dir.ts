import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The shared conformance corpora live beside the repository (`<x>/main` and `<x>/shared/corpus`);
 * `BATON_CORPUS_DIR` points elsewhere, e.g. in CI.
 */
export function corpusDir(...segments: string[]): string {
  const root = process.env.BATON_CORPUS_DIR ?? path.resolve(__dirname, '../../../../shared/corpus');
  const resolved = path.join(root, ...segments);
  if (!existsSync(resolved)) {
    throw new Error(`Conformance corpus not found at ${resolved}; set BATON_CORPUS_DIR`);
  }
  return resolved;
}

import { readFileSync } from 'node:fs';
import { corpusDir } from './corpus-dir.js';
import { deployOutcome } from './deploy-outcome.js';
import { translateCorpusModel } from './translate-corpus-model.js';

interface ManifestModel {
  readonly file: string;
  readonly processIds: readonly string[];
}

const manifest = JSON.parse(readFileSync(corpusDir('bpmn-exec', 'manifest.json'), 'utf8')) as { models: ManifestModel[] };
// test-tasks-query.bpmn links the form stored in the form-js corpus
const knownForms = [(JSON.parse(readFileSync(corpusDir('form-js', 'camunda8-js-sdk', 'test-basic-form.form'), 'utf8')) as { id: string }).id];

/**
 * Supported-element models that are still refused, and why (each a property of the model, not of Baton). None at
 * present: the JavaScript conditions and scripts of the bpmn-elements models are translated by the harness
 * (`bpmn-elements-to-feel.ts`), which refuses any JavaScript it does not recognise.
 */
const DOCUMENTED_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {};

async function outcomeOf(model: ManifestModel) {
  const xml = translateCorpusModel(model.file, readFileSync(corpusDir('bpmn-exec', model.file), 'utf8'));
  return deployOutcome(xml, knownForms);
}

describe('executable BPMN corpus', () => {
  it('lists 39 models', () => {
    expect(manifest.models).toHaveLength(39);
  });

  it.each(manifest.models.map((model) => ({ ...model, title: model.file })))('$title parses into its manifest processes', async (model) => {
    // given a corpus model with JUEL / bpmn-elements expressions translated / when deployed
    const outcome = await outcomeOf(model);
    // then it was parsed (never a crash), and
    expect(outcome.processes).toBe(model.processIds.length);
    const exception = DOCUMENTED_EXCEPTIONS[model.file];
    if (outcome.unsupported.length === 0 && !exception) {
      // a model whose elements are all supported lints clean
      expect(outcome.problems).toEqual([]);
      expect(outcome.deployed).toBe(true);
    } else if (outcome.unsupported.length === 0) {
      expect(outcome.problems.map((p) => p.rule).every((rule) => exception?.includes(rule))).toBe(true);
    } else {
      // a model with unsupported elements is refused, naming each of them
      expect(outcome.deployed).toBe(false);
      for (const entry of outcome.unsupported) {
        const elementId = entry.slice(0, entry.lastIndexOf(':'));
        const problem = outcome.problems.find((p) => p.rule === 'baton/not-yet-supported' && p.elementId === elementId);
        expect(problem?.message.en).toContain('not yet supported by this Baton version');
        expect(problem?.message.en).toContain(elementId);
      }
    }
  });

  it('prints the conformance table and keeps it stable', async () => {
    // given every model / when deployed / then the table of outcomes is unchanged
    const rows: Record<string, string> = {};
    const table = ['file | processes | elements | result'];
    for (const model of manifest.models) {
      const outcome = await outcomeOf(model);
      rows[model.file] = outcome.summary;
      table.push(`${model.file} | ${outcome.processes} | ${outcome.elements} | ${outcome.summary}`);
    }
    const deployed = Object.values(rows).filter((row) => row === 'deploys').length;
    console.log(`${table.join('\n')}\n${deployed} of ${manifest.models.length} deploy`);
    expect(rows).toMatchSnapshot();
    expect(deployed).toBe(39);
  });
});

import type { DeployProblem } from '../deploy-problem.js';
import { lintBpmn } from '../lint/lint-bpmn.js';
import { type ParseLimits, type ParseNote, type ProcessModel, parseBpmn } from '../parse/index.js';
import { DeployValidationCode, DeployValidationError } from './deploy-validation.error.js';

export interface DeployValidationOptions {
  /** form keys / form ids available to user tasks and start events */
  readonly knownForms?: Iterable<string>;
  readonly limits?: Partial<ParseLimits>;
  /** the deploy's time in ms since the epoch, for timers with a fixed date (default: now) */
  readonly now?: number;
}

export type DeployValidation =
  | {
      readonly ok: true;
      readonly processes: readonly ProcessModel[];
      readonly warnings: readonly DeployProblem[];
      readonly notes: readonly ParseNote[];
    }
  | { readonly ok: false; readonly error: DeployValidationError };

const HOSTILE_RULES = new Set(['xml-empty', 'xml-too-large', 'xml-doctype', 'xml-entity', 'xml-too-deep', 'xml-too-many-elements']);

/** The deploy-time half of the engine: guard, parse and lint, with no database. */
export async function validateDeployment(xml: string, options: DeployValidationOptions = {}): Promise<DeployValidation> {
  const parsed = await parseBpmn(xml, options.limits);
  if (!parsed.ok) {
    const hostile = parsed.problems.some((p) => HOSTILE_RULES.has(p.rule));
    return { ok: false, error: new DeployValidationError(hostile ? DeployValidationCode.HOSTILE_XML : DeployValidationCode.MALFORMED_XML, parsed.problems) };
  }
  if (parsed.processes.length === 0) {
    const problems: DeployProblem[] = parsed.notes.map((note) => ({ elementId: note.elementId, rule: 'baton/process-not-executable', severity: 'error', message: note.message }));
    if (problems.length === 0) {
      problems.push({
        elementId: null,
        rule: 'baton/no-process',
        severity: 'error',
        message: { en: 'The model contains no process.', 'zh-CN': '模型中没有流程。' },
      });
    }
    return { ok: false, error: new DeployValidationError(DeployValidationCode.NO_EXECUTABLE_PROCESS, problems) };
  }
  const found = await lintBpmn(parsed, { knownForms: new Set(options.knownForms ?? []), now: options.now });
  const errors = found.filter((p) => p.severity === 'error');
  const warnings = found.filter((p) => p.severity !== 'error');
  if (errors.length > 0) return { ok: false, error: new DeployValidationError(DeployValidationCode.INVALID_MODEL, errors, warnings) };
  return { ok: true, processes: parsed.processes, warnings, notes: parsed.notes };
}

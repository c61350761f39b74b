import type { Countersign, LoopCharacteristics } from './process-model.js';
import { type ModdleElement, children, extension, text } from './moddle-element.js';

export const COUNTERSIGN_PROPERTY = 'baton:countersign';
export const REJECT_VARIABLE_PROPERTY = 'baton:rejectVariable';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Countersign modes of a multi-instance approval, as Camunda's generic `zeebe:properties` (so the model still opens
 * in Camunda Modeler): `baton:countersign` = `all` (会签: every instance completes), `any` (或签: the first completion
 * decides) or `percent:N` (N % of the instances complete), and `baton:rejectVariable` naming the boolean each
 * instance sets (`false` = reject), which turns on "one reject ends the vote". The parser turns them into a
 * completion condition (see countersignCondition); an unreadable value is kept as text for the deploy lint to name.
 */
export function readCountersign(el: ModdleElement): { countersign?: Countersign; countersignInvalid?: string } {
  const properties = children(extension(el, 'zeebe:Properties'), 'properties');
  const value = (name: string) => text(properties.find((p) => text(p, 'name') === name), 'value')?.trim();
  const mode = value(COUNTERSIGN_PROPERTY);
  const rejectVariable = value(REJECT_VARIABLE_PROPERTY);
  if (mode === undefined && rejectVariable === undefined) return {};
  if (rejectVariable !== undefined && !NAME.test(rejectVariable)) return { countersignInvalid: `${REJECT_VARIABLE_PROPERTY}=${rejectVariable}` };
  const reject = rejectVariable ? { rejectVariable } : {};
  if (mode === undefined || mode === 'all') return { countersign: { mode: 'all', ...reject } };
  if (mode === 'any') return { countersign: { mode: 'any', ...reject } };
  const percent = /^percent:\s*(\d{1,3})$/.exec(mode);
  if (percent && Number(percent[1]) >= 1 && Number(percent[1]) <= 100) return { countersign: { mode: 'percent', percent: Number(percent[1]), ...reject } };
  return { countersignInvalid: `${COUNTERSIGN_PROPERTY}=${mode}` };
}

/**
 * The completion condition a countersign mode means, evaluated (like any completion condition) when an instance
 * completes, in its scope. With a reject variable a reject ends the vote at once, so while the vote goes on every
 * completed instance was an approval: counting completions counts approvals.
 */
export function countersignCondition(countersign: Countersign): string | undefined {
  const reject = countersign.rejectVariable ? `${countersign.rejectVariable} = false` : undefined;
  const decided =
    countersign.mode === 'any' ? 'numberOfCompletedInstances >= 1'
    : countersign.mode === 'percent' ? `numberOfCompletedInstances * 100 >= numberOfInstances * ${countersign.percent}`
    : undefined;
  return [decided, reject].filter((c) => c !== undefined).join(' or ') || undefined;
}

/** The loop with the countersign's condition or-ed to its own completion condition. */
export function withCountersign(loop: LoopCharacteristics | undefined, countersign: Countersign | undefined): LoopCharacteristics | undefined {
  if (!loop || loop.kind !== 'multiInstance' || !countersign) return loop;
  const vote = countersignCondition(countersign);
  if (!vote) return loop;
  return { ...loop, completionCondition: loop.completionCondition ? `(${loop.completionCondition}) or (${vote})` : vote };
}

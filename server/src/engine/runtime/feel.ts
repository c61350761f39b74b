import { evaluateFeel, isFeelError } from '@baton/sdk';
import { IncidentError, type IncidentKind, type Variables } from './runtime-types.js';

/** Evaluates FEEL for the engine; every failure becomes an incident naming the element and the expression. */
export function evaluate(expression: string, context: Variables, where: string, kind: IncidentKind = 'EXPRESSION_ERROR'): unknown {
  try {
    return evaluateFeel(expression, context).value;
  } catch (error) {
    const reason = isFeelError(error) ? error.message : String(error);
    throw new IncidentError(kind, `${where}: failed to evaluate "${expression}": ${reason}`);
  }
}

/** A sequence-flow condition: only `true` takes the flow (null from an unknown variable does not, as in Zeebe). */
export function condition(expression: string, context: Variables, where: string): boolean {
  const value = evaluate(expression, context, where, 'CONDITION_ERROR');
  if (value === true || value === false || value === null) return value === true;
  throw new IncidentError('CONDITION_ERROR', `${where}: the condition "${expression}" gave ${JSON.stringify(value)}, not a boolean.`);
}

/** A Zeebe field that is FEEL when it starts with `=` and static text otherwise. */
export function staticOrFeel(value: string | undefined, context: Variables, where: string): unknown {
  if (value === undefined) return undefined;
  const trimmed = value.trimStart();
  return trimmed.startsWith('=') ? evaluate(trimmed.slice(1), context, where) : value;
}

/** Makes FEEL results JSON: dates and durations become ISO text, functions are dropped. */
export function toJson(value: unknown): unknown {
  if (value === undefined || typeof value === 'function') return null;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  const iso = (value as { toISO?: () => string }).toISO;
  if (typeof iso === 'function') return iso.call(value);
  if (Array.isArray(value)) return value.map(toJson);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
}

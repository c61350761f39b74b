import { z } from 'zod';
import { ConnectorContractError, problem } from './connector-errors.js';
import type { AnyTriggerDefinition, TriggerContext, TriggerEvent } from './define-connector.js';

const pathOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.') || '(payload)';

const eventSchema = z.object({
  messageName: z.string().trim().min(1).max(255).optional(),
  correlationKey: z.union([z.string().max(255), z.number()]).nullable().optional(),
  variables: z.record(z.string(), z.unknown()).optional(),
  messageId: z.string().min(1).max(255).nullable().optional(),
}).strict();

/** The message a trigger's event publishes, settled: a name, a text key (empty for none), variables, an optional id. */
export interface TriggerMessage {
  messageName: string;
  correlationKey: string | null;
  variables: Record<string, unknown>;
  messageId: string | null;
}

/**
 * Runs a trigger the way the plugin host does: the raw payload is checked against `payload` (every problem named by
 * its field path, `INVALID_INPUT`), `map` runs (or the default: an object payload as the variables), and what it
 * returns is checked (`INVALID_OUTPUT`) and settled into the message to publish.
 */
export async function runTrigger(definition: AnyTriggerDefinition, rawPayload: unknown, ctx: TriggerContext): Promise<TriggerMessage> {
  const payload = (definition.payload as z.ZodType).safeParse(rawPayload);
  if (!payload.success) {
    throw new ConnectorContractError('INVALID_INPUT', payload.error.issues.map((issue) => problem(pathOf(issue), issue.message, `事件内容无效：${issue.message}`)));
  }
  const value: unknown = payload.data;
  const mapped: TriggerEvent = definition.map
    ? await definition.map(ctx, value)
    : { variables: value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { payload: value } };
  const event = eventSchema.safeParse(mapped);
  if (!event.success) {
    throw new ConnectorContractError('INVALID_OUTPUT', event.error.issues.map((issue) => problem(pathOf(issue), issue.message, `触发器结果无效：${issue.message}`)));
  }
  const key = event.data.correlationKey;
  return {
    messageName: event.data.messageName ?? definition.type,
    correlationKey: key === undefined || key === null ? null : String(key),
    variables: event.data.variables ?? {},
    messageId: event.data.messageId ?? null,
  };
}

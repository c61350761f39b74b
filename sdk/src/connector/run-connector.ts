import { z } from 'zod';
import { ConnectorContractError, problem } from './connector-errors.js';
import type { AnyConnectorDefinition, ConnectorContext } from './define-connector.js';

const pathOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.') || '(input)';

/**
 * Runs a connector the way the plugin host does: the raw input is checked against `inputs` (every problem named by
 * its field path), `execute` runs, and its result is checked against `outputs`.
 */
export async function runConnector(definition: AnyConnectorDefinition, rawInput: unknown, ctx: ConnectorContext): Promise<unknown> {
  const input = definition.inputs.safeParse(rawInput);
  if (!input.success) {
    throw new ConnectorContractError('INVALID_INPUT', input.error.issues.map((issue) => problem(pathOf(issue), issue.message, `输入无效：${issue.message}`)));
  }
  const result = await definition.execute(ctx, input.data);
  const output = (definition.outputs as z.ZodType).safeParse(result);
  if (!output.success) {
    throw new ConnectorContractError('INVALID_OUTPUT', output.error.issues.map((issue) => problem(pathOf(issue), issue.message, `输出无效：${issue.message}`)));
  }
  return output.data;
}

/** A logger that masks the given secret values wherever they appear in a message or its data. */
export function maskingLogger(secrets: readonly string[], sink: (level: 'info' | 'warn' | 'error', line: string) => void): ConnectorContext['logger'] {
  const values = secrets.filter((value) => value.length >= 4).sort((a, b) => b.length - a.length);
  const mask = (text: string) => values.reduce((out, value) => out.split(value).join('***'), text);
  const log = (level: 'info' | 'warn' | 'error') => (message: string, data?: object) =>
    sink(level, mask(data === undefined ? message : `${message} ${JSON.stringify(data)}`));
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

import type { FormSchema } from '@baton/sdk';
import { Role } from '../../../common/auth/role.js';
import { FieldProblem } from '../../../common/errors/baton.exception.js';
import { pinReadOnly, restrictedFields } from '../../form/utils/field-permissions.util.js';
import { serialFields } from '../serial-number.service.js';

export const MAX_DATA_CHARS = 1_000_000;

export type PreparedSubmission = { data: Record<string, unknown> } | { problems: FieldProblem[] };

/**
 * What the validator gets from submitted data: a JSON object of bounded size, without serial numbers (the server's
 * to give), with the fields the role may not change pinned to `stored` (the record's data on update, else empty).
 */
export function prepareSubmission(schema: FormSchema, input: unknown, role: Role, stored: Record<string, unknown> | null): PreparedSubmission {
  return submissionPreparer(schema, role)(input, stored);
}

/**
 * prepareSubmission for many submissions of one form by one role (an import): the form's serial and read-only fields
 * are listed once. `owned` says the caller built `input` itself and does not keep it, so it need not be copied first.
 */
export function submissionPreparer(schema: FormSchema, role: Role): (input: unknown, stored: Record<string, unknown> | null, owned?: boolean) => PreparedSubmission {
  const serials = serialFields(schema.components, []).map(({ path }) => path);
  const { readOnly } = restrictedFields(schema, role);
  return (input, stored, owned = false) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input) || JSON.stringify(input).length > MAX_DATA_CHARS) {
      return { problems: [{ key: 'data', message: { en: 'Send the data as a JSON object of at most 1,000,000 characters.', 'zh-CN': '数据须为不超过 1,000,000 个字符的 JSON 对象。' } }] };
    }
    const submitted = (owned ? input : structuredClone(input)) as Record<string, unknown>;
    for (const path of serials) deleteAt(submitted, path);
    const refused = readOnly.length > 0 ? pinReadOnly(submitted, stored, readOnly) : [];
    return refused.length > 0 ? { problems: refused } : { data: submitted };
  };
}

function deleteAt(data: Record<string, unknown>, path: string[]): void {
  let current: unknown = data;
  for (const name of path.slice(0, -1)) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[name] : undefined;
  if (current && typeof current === 'object') delete (current as Record<string, unknown>)[path[path.length - 1]];
}

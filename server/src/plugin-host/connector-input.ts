import { SecretException } from '../modules/secret/secret.exception.js';

const REFERENCE = /^\{\{secrets\.([A-Z][A-Z0-9_]{0,63})\}\}$/;

/**
 * The secret names a job refers to: only the connector's declared secret fields, and only from the deployed model's
 * task headers (`zeebe:taskHeader key="token" value="{{secrets.API_TOKEN}}"`). Process variables are never read for
 * them, so a `{{secrets.X}}` text arriving in a variable or a form field stays literal text.
 */
export function secretReferences(connector: { secrets: string[] }, headers: Readonly<Record<string, string>>): Map<string, string> {
  const references = new Map<string, string>();
  for (const field of connector.secrets) {
    const match = REFERENCE.exec((headers[field] ?? '').trim());
    if (match) references.set(field, match[1]);
  }
  return references;
}

/**
 * The connector's input: its declared fields from the variables visible at the task (the element's `zeebe:input`
 * mappings included); secret fields from the headers only, resolved or given literally.
 */
export function connectorInput(
  connector: { inputs: string[]; secrets: string[] },
  variables: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>>,
  references: Map<string, string>,
  secrets: Map<string, string>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of connector.inputs) if (key in variables && !connector.secrets.includes(key)) input[key] = variables[key];
  for (const field of connector.secrets) {
    const name = references.get(field);
    if (name !== undefined) {
      const value = secrets.get(name);
      if (value === undefined) throw new SecretException('SECRET_NOT_FOUND', { params: { name } });
      input[field] = value;
    } else if (headers[field] !== undefined) {
      input[field] = headers[field];
    }
  }
  return input;
}

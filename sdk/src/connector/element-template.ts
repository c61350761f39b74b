import { z } from 'zod';
import type { AnyConnectorDefinition } from './define-connector.js';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
}

/**
 * A Camunda 8 element template (https://unpkg.com/@camunda/zeebe-element-templates-json-schema) for a connector:
 * the job type as a hidden property, each input as a `zeebe:input` (FEEL allowed), each secret input as a
 * `zeebe:taskHeader` whose value is `{{secrets.NAME}}` (resolved by the plugin host from the deployed model only), and
 * a result variable.
 */
export function connectorElementTemplate(definition: AnyConnectorDefinition, lang: 'en' | 'zh-CN' = 'en'): Record<string, unknown> {
  const schema = z.toJSONSchema(definition.inputs, { unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(schema.required ?? []);
  const secretSet = new Set<string>(definition.secrets);
  const properties: Record<string, unknown>[] = [
    { type: 'Hidden', value: definition.type, binding: { type: 'zeebe:taskDefinition', property: 'type' } },
  ];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const label = field.description ?? key;
    const constraints = required.has(key) ? { constraints: { notEmpty: true } } : {};
    if (secretSet.has(key)) {
      properties.push({ label, description: `{{secrets.NAME}}`, type: 'String', value: `{{secrets.${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}}}`, binding: { type: 'zeebe:taskHeader', key }, ...constraints });
    } else if (field.enum) {
      properties.push({ label, type: 'Dropdown', choices: field.enum.map((value) => ({ name: String(value), value: String(value) })), ...(field.default !== undefined ? { value: String(field.default) } : {}), binding: { type: 'zeebe:input', name: key }, ...constraints });
    } else {
      const isBoolean = field.type === 'boolean';
      properties.push({ label, type: isBoolean ? 'Boolean' : 'String', feel: isBoolean ? 'static' : 'optional', ...(field.default !== undefined ? { value: field.default } : {}), binding: { type: 'zeebe:input', name: key }, ...constraints });
    }
  }
  properties.push({ label: lang === 'zh-CN' ? '结果变量' : 'Result variable', type: 'String', value: 'result', binding: { type: 'zeebe:taskHeader', key: 'resultVariable' } });
  return {
    $schema: 'https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json',
    name: definition.name[lang],
    id: definition.type,
    version: Number(definition.version.split('.')[0]) * 10_000 + Number(definition.version.split('.')[1] ?? 0) * 100 + Number(definition.version.split('.')[2]?.replace(/\D.*$/, '') ?? 0),
    description: definition.description?.[lang],
    appliesTo: ['bpmn:Task'],
    elementType: { value: 'bpmn:ServiceTask' },
    properties,
  };
}

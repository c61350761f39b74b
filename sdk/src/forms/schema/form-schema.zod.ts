import { z } from 'zod';

/** Highest form-js schemaVersion this validator knows (form-js-viewer at the corpus commit). */
export const MAX_SCHEMA_VERSION = 19;

const feelOr = <T extends z.ZodType>(schema: T) => z.union([schema, z.string()]);

const option = z.looseObject({ label: z.string().optional(), value: z.string().optional() });

const validate = z.looseObject({
  required: z.union([z.boolean(), z.string().regex(/^\s*=/, 'must be a boolean or a FEEL expression')]).optional(),
  validationType: z.enum(['email', 'phone', 'custom', '']).nullable().optional(),
  pattern: z.string().optional(),
  patternErrorMessage: z.string().optional(),
  minLength: feelOr(z.number().int()).optional(),
  maxLength: feelOr(z.number().int()).optional(),
  min: feelOr(z.number()).optional(),
  max: feelOr(z.number()).optional(),
  custom: z.array(z.looseObject({ condition: z.string().optional(), message: z.string().optional() })).optional(),
});

/** Property types of a component, whatever its type (form-js `component.json`). */
export const componentShape = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  label: z.string().optional(),
  description: z.string().optional(),
  key: z
    .string()
    .regex(/^\w+(\.\w+)*$/, 'must match pattern "^\\w+(\\.\\w+)*$"')
    .optional(),
  readonly: z.union([z.boolean(), z.string()]).optional(),
  disabled: z.union([z.boolean(), z.string()]).optional(),
  text: z.string().optional(),
  defaultValue: z.union([z.string(), z.boolean(), z.number(), z.array(z.unknown())]).optional(),
  action: z.enum(['submit', 'reset']).optional(),
  source: z.string().optional(),
  alt: z.string().optional(),
  url: z.string().optional(),
  subtype: z.enum(['date', 'time', 'datetime']).optional(),
  dateLabel: z.string().optional(),
  timeLabel: z.string().optional(),
  use24h: z.boolean().optional(),
  timeSerializingFormat: z.enum(['utc_offset', 'utc_normalized', 'no_timezone']).optional(),
  timeInterval: z.number().int().min(1).max(60).optional(),
  disallowPassedDates: z.boolean().optional(),
  increment: z.union([z.number(), z.string()]).optional(),
  decimalDigits: z.number().int().optional(),
  serializeToString: z.boolean().optional(),
  searchable: z.boolean().optional(),
  valuesKey: z
    .string()
    .regex(/^[^\s]*$/, 'must match pattern "^[^\\s]*$"')
    .optional(),
  valuesExpression: z.string().optional(),
  height: z.number().optional(),
  components: z.array(z.unknown()).optional(),
  path: z
    .string()
    .regex(/^(\w+(\.\w+)*)*$/, 'must match pattern "^(\\w+(\\.\\w+)*)*$"')
    .optional(),
  showOutline: z.boolean().optional(),
  verticalAlignment: z.enum(['start', 'center', 'end']).optional(),
  validate: validate.optional(),
  layout: z
    .looseObject({
      row: z.string().nullable().optional(),
      columns: z.number().int().min(2).max(16).nullable().optional(),
    })
    .optional(),
  values: z.array(option).optional(),
  appearance: z.looseObject({ prefixAdorner: z.string().optional(), suffixAdorner: z.string().optional() }).optional(),
  conditional: z.looseObject({ hide: z.union([z.string(), z.boolean()]).optional() }).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  columns: z.array(z.looseObject({ label: z.string().optional(), key: z.string().optional() })).optional(),
  columnsExpression: z.string().optional(),
  rowCount: z.number().optional(),
  dataSource: z.string().optional(),
  expression: z.string().optional(),
  computeOn: z.enum(['change', 'presubmit']).optional(),
  accept: z.string().optional(),
  multiple: z.union([z.boolean(), z.string()]).optional(),
  maxHeight: z.number().optional(),
  content: z.string().optional(),
  isRepeating: z.boolean().optional(),
  defaultRepetitions: z.number().optional(),
  allowAddRemove: z.boolean().optional(),
  disableCollapse: z.boolean().optional(),
  nonCollapsedItems: z.number().optional(),
  security: z.record(z.string(), z.boolean()).optional(),
});

/** Root properties (form-js `index.json`); components are checked one by one. */
export const rootShape = z.looseObject({
  type: z.literal('default').optional(),
  id: z.string().optional(),
  schemaVersion: z.number().int().min(1).max(MAX_SCHEMA_VERSION).optional(),
  executionPlatform: z.string().optional(),
  executionPlatformVersion: z.string().optional(),
  versionTag: z.string().optional(),
  exporter: z.looseObject({ name: z.string().optional(), version: z.string().optional() }).optional(),
  components: z.array(z.unknown()),
});

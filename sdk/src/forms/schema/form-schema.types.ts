/**
 * The form schema: form-js (Camunda Forms) JSON, read as a superset. Every property is optional apart from
 * `type`, because which properties a component may carry depends on its type (see form-schema.rules.ts).
 */
export interface FormSchema {
  type?: 'default';
  id?: string;
  schemaVersion?: number;
  executionPlatform?: string;
  executionPlatformVersion?: string;
  versionTag?: string;
  exporter?: { name?: string; version?: string };
  components: FormComponent[];
  [extension: string]: unknown;
}

/** A FEEL expression written Camunda style, with a leading `=`: `=amount > 1000`. */
export type FeelText = string;

export interface FormOption {
  label?: string;
  value?: unknown;
}

export interface FormValidate {
  /** `true`, or (Baton extension) a FEEL expression making the field conditionally required. */
  required?: boolean | FeelText;
  validationType?: 'email' | 'phone' | 'custom' | '' | null;
  pattern?: string;
  patternErrorMessage?: string;
  minLength?: number | FeelText;
  maxLength?: number | FeelText;
  min?: number | FeelText;
  max?: number | FeelText;
  /** Cross-field rules: `condition` must evaluate to true; `message` is text or FEEL (`value` is the field's value). */
  custom?: Array<{ condition?: FeelText; message?: string }>;
}

export interface FormComponent {
  type: string;
  id?: string;
  key?: string;
  path?: string;
  label?: string;
  description?: string;
  defaultValue?: unknown;
  readonly?: boolean | FeelText;
  disabled?: boolean | FeelText;
  validate?: FormValidate;
  conditional?: { hide?: boolean | FeelText };
  values?: FormOption[];
  valuesKey?: string;
  valuesExpression?: FeelText;
  components?: FormComponent[];
  expression?: FeelText;
  computeOn?: 'change' | 'presubmit';
  subtype?: 'date' | 'time' | 'datetime';
  increment?: number | string;
  decimalDigits?: number;
  serializeToString?: boolean;
  multiple?: boolean | FeelText;
  isRepeating?: boolean;
  defaultRepetitions?: number;
  [property: string]: unknown;
}

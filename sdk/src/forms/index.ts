export {
  BATON_INPUT_TYPES,
  CONTAINER_TYPES,
  FORM_JS_TYPES,
  INPUT_TYPES,
  OPTION_TYPES,
  emptyValueOf,
  isInputType,
  isKnownType,
  isOptionType,
} from './schema/form-field-types.js';
export type { FeelText, FormComponent, FormOption, FormSchema, FormValidate } from './schema/form-schema.types.js';
export { MAX_SCHEMA_VERSION } from './schema/form-schema.zod.js';
export { validateFormSchema, type FormSchemaCheck, type FormSchemaIssue } from './schema/validate-form-schema.js';
export type { LocalizedMessage, SubmissionRule } from './submission/messages.js';
export {
  validateSubmission,
  type SubmissionError,
  type SubmissionOptions,
  type SubmissionResult,
} from './submission/validate-submission.js';
export {
  evaluateFormState,
  type FieldOptionView,
  type FieldPermission,
  type FieldView,
  type FormState,
  type FormStateOptions,
  type TableView,
} from './state/evaluate-form-state.js';
export { renderTemplate, type RenderedTemplate } from './template/render-template.js';
export { formatPath, getAt, setAt, type ValuePath } from './submission/value-path.js';
export { hasBoundedRules } from './submission/bounded-rules.js';

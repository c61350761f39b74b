import { BatonException, ErrorCode, FieldProblem } from './baton.exception.js';

export interface ReasonSpec {
  code: ErrorCode;
  en: string;
  zh: string;
}

type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Builds a feature exception class from an exhaustive reason → (code, messages) map, so every reason a feature
 * can fail for has one code and one message per language. `{name}` placeholders are filled from params.
 */
export function defineException<R extends string>(name: string, reasons: Record<R, ReasonSpec>) {
  const Feature = class extends BatonException {
    constructor(reason: R, options: { params?: Params; fields?: FieldProblem[] } = {}) {
      const spec = reasons[reason];
      const params = options.params ?? {};
      super(spec.code, reason, { en: fill(spec.en, params), 'zh-CN': fill(spec.zh, params) }, options.fields ?? []);
      this.name = name;
    }
  };
  Object.defineProperty(Feature, 'name', { value: name });
  return Feature;
}

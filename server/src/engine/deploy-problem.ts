/** One thing wrong with a model, in words a business builder understands, in every UI language. */
export type ProblemSeverity = 'error' | 'warning';

export interface LocalizedText {
  readonly en: string;
  readonly 'zh-CN': string;
}

export interface DeployProblem {
  /** the offending BPMN element, or null for a problem with the whole document */
  readonly elementId: string | null;
  /** stable rule key, e.g. `xml-doctype`, `bpmnlint/no-disconnected`, `baton/job-type-required` */
  readonly rule: string;
  readonly severity: ProblemSeverity;
  readonly message: LocalizedText;
}

export interface ElementRef {
  readonly id: string;
  readonly name?: string;
}

/** `"Approve" (Task_1)` or `Task_1`: how messages name an element. */
export function describeElement(el: ElementRef): LocalizedText {
  const name = el.name?.trim();
  return name ? { en: `"${name}" (${el.id})`, 'zh-CN': `“${name}”（${el.id}）` } : { en: el.id, 'zh-CN': el.id };
}

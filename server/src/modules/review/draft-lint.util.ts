import type { FormSchema } from '@baton/sdk';
import { parseBpmn, validateDeployment, type DeployProblem, type ProcessModel } from '../../engine/index.js';
import { checkFormSchema, FORM_KEY } from '../form/utils/form-schema-check.util.js';
import type { StoredProblem } from './entities/draft.entity.js';
import { ReviewException } from './review.exception.js';

/**
 * Lints a process draft with the engine's deploy validation, so the modeller shows exactly what would block the
 * deploy. XML that cannot be read as BPMN, or that lacks the named process, is refused: there is nothing to save.
 */
export async function lintProcessDraft(xml: string, bpmnProcessId: string, knownForms: string[]): Promise<StoredProblem[]> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) {
    throw new ReviewException('UNREADABLE_MODEL', {
      params: { summary: parsed.problems.map((p) => p.message.en).join(' '), summaryZh: parsed.problems.map((p) => p.message['zh-CN']).join(' ') },
      fields: parsed.problems.map((p) => ({ key: 'bpmnXml', message: p.message })),
    });
  }
  if (parsed.document.elementsById[bpmnProcessId]?.$type !== 'bpmn:Process') {
    throw new ReviewException('PROCESS_NOT_IN_XML', {
      params: { bpmnProcessId },
      fields: [{ key: 'bpmnProcessId', message: { en: 'No process with this id in the XML.', 'zh-CN': 'XML 中没有此 id 的流程。' } }],
    });
  }
  const result = await validateDeployment(xml, { knownForms });
  const found: readonly DeployProblem[] = result.ok ? result.warnings : [...result.error.problems, ...result.error.warnings];
  return found.map((p) => ({ elementId: p.elementId, rule: p.rule, severity: p.severity, message: { en: p.message.en, 'zh-CN': p.message['zh-CN'] } }));
}

/** The named executable process of a BPMN document, or null when it has none by that id. */
export async function processOf(xml: string, bpmnProcessId: string): Promise<ProcessModel | null> {
  const parsed = await parseBpmn(xml);
  return parsed.ok ? (parsed.processes.find((p) => p.id === bpmnProcessId) ?? null) : null;
}

/** A form draft needs a usable `id` (its key); the rest of what deployForm would refuse is listed as problems. */
export function lintFormDraft(schema: unknown): { formKey: string; problems: StoredProblem[] } {
  const id = schema && typeof schema === 'object' && !Array.isArray(schema) ? (schema as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || !FORM_KEY.test(id)) {
    throw new ReviewException('INVALID_FORM', {
      params: { summary: 'the form needs an "id" (its form key).', summaryZh: '表单需要一个 "id"（表单键）。' },
      fields: [{ key: 'schema/id', message: { en: 'Give the form an id such as renewal_request.', 'zh-CN': '请为表单设置 id，例如 renewal_request。' } }],
    });
  }
  const checked = checkFormSchema(schema);
  const problems: StoredProblem[] = 'problems' in checked
    ? checked.problems.map((p) => ({ elementId: p.key, rule: 'form/schema', severity: 'error', message: p.message }))
    : [];
  return { formKey: id, problems };
}

export function formSchemaOf(content: string): FormSchema {
  return JSON.parse(content) as FormSchema;
}

/** The form ids and keys a process's user tasks and start events use. */
export function formsUsedBy(model: ProcessModel): string[] {
  const used = new Set<string>();
  for (const node of Object.values(model.nodes)) {
    const ref = node.kind === 'userTask' ? (node.form?.formId ?? node.form?.formKey) : node.kind === 'startEvent' ? (node.formId ?? node.formKey) : undefined;
    if (ref) used.add(ref);
  }
  return [...used];
}

// Opening an app's form or process in its editor (`?app=<appKey>&form=<formKey>` / `&process=<bpmnProcessId>`):
// the open draft when there is one, else the latest deployed version.
import { request } from '@/api/client';
import type { DraftContentQuery, DraftKind } from '@/gql/graphql';
import { FormVersionDocument } from '@/features/forms/forms.graphql';
import { AppProcessXmlDocument, DraftContentDocument } from './apps.graphql';

type DraftContent = DraftContentQuery['drafts'][number];

const OPEN_STATES = new Set(['DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW']);

/** The draft of this form or process that is still on its way through review (newest first in the list). */
export function openDraftOf<T extends Pick<DraftContent, 'kind' | 'key' | 'state'>>(drafts: T[], kind: DraftKind, key: string): T | undefined {
  return drafts.find((draft) => draft.kind === kind && draft.key === key && OPEN_STATES.has(draft.state));
}

/** A string query parameter, or '' (absent, empty or repeated). */
export function queryParam(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export interface OpenedItem {
  /** BPMN XML (processes) or the form-js schema (forms). */
  content: string | Record<string, unknown>;
  /** A deployed form's display name. */
  name?: string;
  /** `draft`, or the deployed version opened. */
  source: 'draft' | number;
}

/** What the editor should open for `key`; null when the app has neither a draft nor a deployed version of it. */
export async function openAppItem(appKey: string, kind: DraftKind, key: string): Promise<OpenedItem | null> {
  if (!appKey || !key) return null;
  const drafts = await request(DraftContentDocument, { appKey }).then(
    (answer) => answer.drafts,
    () => [],
  );
  const draft = openDraftOf(drafts, kind, key);
  if (draft) {
    const content = kind === 'PROCESS' ? draft.bpmnXml : (draft.formSchema as Record<string, unknown> | null);
    if (content) return { content, source: 'draft' };
  }
  try {
    if (kind === 'PROCESS') {
      const { processDefinition } = await request(AppProcessXmlDocument, { bpmnProcessId: key });
      return { content: processDefinition.bpmnXml, source: processDefinition.version };
    }
    const { form } = await request(FormVersionDocument, { formKey: key });
    return { content: form.schema as Record<string, unknown>, name: form.name, source: form.version };
  } catch {
    return null;
  }
}

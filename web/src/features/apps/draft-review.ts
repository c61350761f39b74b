// What the app home shows about drafts and version diffs, as plain functions the components render.
import type { DraftFieldsFragment, DraftState, ModelDiffFieldsFragment } from '@/gql/graphql';

export type DraftAction = 'submit' | 'approve' | 'requestChanges';

/**
 * The actions a builder is offered on a draft. Approving and requesting changes stay offered to whoever saved the
 * draft (the server refuses them with OWN_DRAFT and the page shows why); `ownDraft` marks that case.
 */
export function draftActions(
  draft: Pick<DraftFieldsFragment, 'state' | 'contributorIds' | 'problems'>,
  userId: string | undefined,
): { actions: DraftAction[]; ownDraft: boolean; blockingErrors: number } {
  const blockingErrors = draft.problems.filter((problem) => problem.severity === 'error').length;
  const ownDraft = Boolean(userId && draft.contributorIds.includes(userId));
  const byState: Record<DraftState, DraftAction[]> = {
    DRAFT: ['submit'],
    CHANGES_REQUESTED: ['submit'],
    IN_REVIEW: ['approve', 'requestChanges'],
    DEPLOYED: [],
  };
  return { actions: byState[draft.state], ownDraft, blockingErrors };
}

export interface CommentTarget {
  id: string;
  label: string;
}

const FLOW_ELEMENT = /^(task|userTask|serviceTask|scriptTask|sendTask|receiveTask|manualTask|businessRuleTask|callActivity|subProcess|startEvent|endEvent|intermediateCatchEvent|intermediateThrowEvent|boundaryEvent|exclusiveGateway|inclusiveGateway|parallelGateway|eventBasedGateway|complexGateway|sequenceFlow|lane|participant|dataObjectReference|textAnnotation)$/;

/** The BPMN elements a reviewer may comment on: id and name of every flow element, lane and pool. */
export function processCommentTargets(bpmnXml: string): CommentTarget[] {
  const doc = new DOMParser().parseFromString(bpmnXml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return [];
  const targets: CommentTarget[] = [];
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const id = element.getAttribute('id');
    if (!id || !FLOW_ELEMENT.test(element.localName)) continue;
    const name = element.getAttribute('name')?.trim();
    targets.push({ id, label: name ? `${name} (${id})` : `${element.localName} ${id}` });
  }
  return targets;
}

interface SchemaComponent {
  key?: unknown;
  label?: unknown;
  components?: unknown;
}

/** The fields a reviewer may comment on: every keyed component of a form-js schema, nested ones included. */
export function formCommentTargets(schema: unknown): CommentTarget[] {
  const targets: CommentTarget[] = [];
  const walk = (components: unknown): void => {
    if (!Array.isArray(components)) return;
    for (const component of components as SchemaComponent[]) {
      if (typeof component?.key === 'string' && component.key) {
        const label = typeof component.label === 'string' && component.label ? component.label : '';
        targets.push({ id: component.key, label: label ? `${label} (${component.key})` : component.key });
      }
      walk(component?.components);
    }
  };
  walk((schema as SchemaComponent | null)?.components);
  return targets;
}

/** The element comments to send: rows with both an element and a text, trimmed. */
export function elementCommentsOf(rows: Array<{ elementId: string; text: string }>): Array<{ elementId: string; text: string }> {
  return rows
    .map((row) => ({ elementId: row.elementId.trim(), text: row.text.trim() }))
    .filter((row) => row.elementId !== '' && row.text !== '');
}

export type DiffChange = 'added' | 'removed' | 'changed' | 'renamed';

export interface DiffRow {
  change: DiffChange;
  /** Element id (processes) or field key (forms). */
  id: string;
  name: string;
  /** BPMN element type, or `field`. */
  type: string;
  details: Array<{ property: string; before: string | null; after: string | null }>;
}

/**
 * One list of what changed between two versions. A process diff lists elements; a form diff lists its fields
 * (renamed fields once, as a rename) — its component-level lists say the same and are left out.
 */
export function diffRows(diff: ModelDiffFieldsFragment): DiffRow[] {
  if (diff.formFields) {
    const fields = diff.formFields;
    return [
      ...fields.added.map((key): DiffRow => ({ change: 'added', id: key, name: key, type: 'field', details: [] })),
      ...fields.removed.map((key): DiffRow => ({ change: 'removed', id: key, name: key, type: 'field', details: [] })),
      ...fields.renamed.map(
        (rename): DiffRow => ({ change: 'renamed', id: rename.to, name: `${rename.from} → ${rename.to}`, type: 'field', details: [] }),
      ),
      ...fields.changed.map(
        (field): DiffRow => ({ change: 'changed', id: field.key, name: field.key, type: 'field', details: field.changes }),
      ),
    ];
  }
  const element = (change: DiffChange) => (entry: ModelDiffFieldsFragment['changed'][number] | ModelDiffFieldsFragment['added'][number]): DiffRow => ({
    change,
    id: entry.elementId,
    name: entry.name || entry.elementId,
    type: entry.type,
    details: 'changes' in entry ? entry.changes : [],
  });
  return [...diff.added.map(element('added')), ...diff.removed.map(element('removed')), ...diff.changed.map(element('changed'))];
}

/** Diagram markers for the newer version: added and changed elements (removed ones are not in it). */
export function diffMarkers(rows: DiffRow[]): { added: string[]; changed: string[] } {
  return {
    added: rows.filter((row) => row.change === 'added').map((row) => row.id),
    changed: rows.filter((row) => row.change === 'changed').map((row) => row.id),
  };
}

/** The versions that can be compared with their predecessor: 2 … latest, newest first. */
export function comparableVersions(latestVersion: number | null | undefined): number[] {
  const versions: number[] = [];
  for (let version = latestVersion ?? 0; version >= 2; version -= 1) versions.push(version);
  return versions;
}

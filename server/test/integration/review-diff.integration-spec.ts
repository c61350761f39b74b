import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { call, createApp, ok, renewalBpmn, renewalFormSchema } from './apps-fixtures.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

let baton: RunningBaton;
let url: string;
let owner: Session;
let builder: Session;
let member: Session;

interface Change {
  elementId: string;
  name: string | null;
  type: string;
  changes: { property: string; before: string | null; after: string | null }[];
}
interface Diff {
  kind: string;
  key: string;
  fromVersion: number | null;
  toVersion: number | null;
  added: Change[];
  removed: Change[];
  changed: Change[];
  formFields: { formKey: string; added: string[]; removed: string[]; renamed: { from: string; to: string }[]; changed: { key: string; changes: { property: string; before: string | null; after: string | null }[] }[] } | null;
}

const DIFF = `kind key fromVersion toVersion added { elementId name type } removed { elementId name type }
  changed { elementId name type changes { property before after } } formFields { formKey added removed renamed { from to } changed { key changes { property before after } } }`;

async function draftAndApprove(save: string, input: object): Promise<string> {
  const saved = await ok<Record<string, { id: string }>>(url, builder, save, { input });
  const id = Object.values(saved)[0].id;
  await ok(url, builder, `mutation($id: ID!) { submitDraftForReview(draftId: $id) { id } }`, { id });
  await ok(url, owner, `mutation($id: ID!) { approveDraft(draftId: $id) { id } }`, { id });
  return id;
}

const SAVE_PROCESS = `mutation($input: SaveProcessDraftInput!) { saveProcessDraft(input: $input) { id } }`;
const SAVE_FORM = `mutation($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { id } }`;

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Diff Co' });
  builder = await addMember(url, owner, 'BUILDER');
  member = await addMember(url, owner, 'MEMBER');
  await createApp(url, builder);
  await draftAndApprove(SAVE_FORM, { appKey: 'customer-renewal', schema: renewalFormSchema() });
});
afterAll(() => baton?.stop());

describe('process diffs', () => {
  it('show every element as added against no deployed version, then the changes between versions', async () => {
    // given a first draft / then everything is added
    const first = await ok<{ saveProcessDraft: { id: string } }>(url, builder, SAVE_PROCESS, { input: { appKey: 'customer-renewal', bpmnProcessId: 'customer_renewal', bpmnXml: renewalBpmn() } });
    const initial = (await ok<{ diffDraft: Diff }>(url, builder, `query($id: ID!) { diffDraft(draftId: $id) { ${DIFF} } }`, { id: first.saveProcessDraft.id })).diffDraft;
    expect(initial).toMatchObject({ kind: 'PROCESS', fromVersion: null, toVersion: null, removed: [], changed: [], formFields: null });
    expect(initial.added.map((a) => a.elementId)).toEqual(['end', 'f1', 'f2', 'f3', 'f_big', 'f_small', 'finance', 'gw', 'manager', 'start']);
    await ok(url, builder, `mutation($id: ID!) { submitDraftForReview(draftId: $id) { id } }`, { id: first.saveProcessDraft.id });
    await ok(url, owner, `mutation($id: ID!) { approveDraft(draftId: $id) { id } }`, { id: first.saveProcessDraft.id });
    // when a second draft raises the threshold, renames the manager step and adds a reminder
    const second = await ok<{ saveProcessDraft: { id: string } }>(url, builder, SAVE_PROCESS,
      { input: { appKey: 'customer-renewal', bpmnProcessId: 'customer_renewal', bpmnXml: renewalBpmn({ threshold: 20, managerName: 'Manager approval', withTimer: true }) } });
    const diff = (await ok<{ diffDraft: Diff }>(url, builder, `query($id: ID!) { diffDraft(draftId: $id) { ${DIFF} } }`, { id: second.saveProcessDraft.id })).diffDraft;
    // then the diff names the added, changed and unchanged elements and what changed
    expect([diff.fromVersion, diff.toVersion]).toEqual([1, null]);
    expect(diff.added.map((a) => [a.elementId, a.type])).toEqual([['f_remind', 'sequenceFlow'], ['remind', 'boundaryEvent'], ['reminded', 'endEvent']]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      { elementId: 'f_big', name: 'yes', type: 'sequenceFlow', changes: [{ property: 'condition', before: 'discount > 15', after: 'discount > 20' }] },
      { elementId: 'gw', name: 'Discount above 20%?', type: 'exclusiveGateway', changes: [{ property: 'name', before: 'Discount above 15%?', after: 'Discount above 20%?' }] },
      { elementId: 'manager', name: 'Manager approval', type: 'userTask', changes: [{ property: 'name', before: 'Sales manager approval', after: 'Manager approval' }] },
    ]);
  });

  it('compare deployed versions, including assignment and form changes, for every reader', async () => {
    // given version 2 with finance removed and the manager step assigned elsewhere
    const xml = renewalBpmn({ threshold: 20 })
      .replace('candidateGroups="sales-managers"', 'candidateGroups="regional-managers"')
      .replace(/<bpmn:sequenceFlow id="f_big"[\s\S]*?<\/bpmn:sequenceFlow>/, '')
      .replace(/<bpmn:userTask id="finance"[\s\S]*?<\/bpmn:userTask>\s*<bpmn:sequenceFlow id="f3"[^>]*\/>/, '')
      .replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
    await ok(url, builder, `mutation($x: String!, $f: [JSON!]) { deployProcess(input: { bpmnXml: $x, forms: $f }) { version } }`, { x: xml, f: [renewalFormSchema()] });
    // when a member compares 1 and 2
    const diff = (await ok<{ diffProcessVersions: Diff }>(url, member, `{ diffProcessVersions(bpmnProcessId: "customer_renewal", fromVersion: 1, toVersion: 2) { ${DIFF} } }`)).diffProcessVersions;
    // then
    expect(diff.removed.map((r) => r.elementId)).toEqual(['f3', 'f_big', 'finance']);
    const manager = diff.changed.find((c) => c.elementId === 'manager')!;
    expect(manager.changes).toEqual([{ property: 'assignment', before: '{"candidateGroups":"sales-managers"}', after: '{"candidateGroups":"regional-managers"}' }]);
    // and unknown versions answer NOT_FOUND naming the argument
    const missing = await call(url, member, `{ diffProcessVersions(bpmnProcessId: "customer_renewal", fromVersion: 1, toVersion: 9) { key } }`);
    expect([codeOf(missing), fieldsOf(missing)]).toEqual(['NOT_FOUND', ['toVersion']]);
    expect(codeOf(await call(url, member, `query($id: ID!) { diffDraft(draftId: $id) { key } }`, { id: owner.userId }))).toBe('FORBIDDEN');
    expect(codeOf(await call(url, builder, `query($id: ID!) { diffDraft(draftId: $id) { key } }`, { id: owner.userId }))).toBe('NOT_FOUND');
  });
});

describe('form diffs', () => {
  it('list added, removed, renamed and changed field keys for a draft and between versions', async () => {
    // given version 2 of the form: discount relabelled, term removed, customer renamed, a note added
    const next = renewalFormSchema([{ id: 'f_note', type: 'textarea', key: 'note', label: 'Note' }]);
    next.components = next.components
      .filter((c) => c.id !== 'f_term')
      .map((c) => (c.id === 'f_discount' ? { ...c, label: 'Discount (%)' } : c.id === 'f_customer' ? { ...c, key: 'customerName' } : c));
    const draft = await ok<{ saveFormDraft: { id: string } }>(url, builder, SAVE_FORM, { input: { appKey: 'customer-renewal', schema: next } });
    // when the draft is compared with version 1
    const diff = (await ok<{ diffDraft: Diff }>(url, builder, `query($id: ID!) { diffDraft(draftId: $id) { ${DIFF} } }`, { id: draft.saveFormDraft.id })).diffDraft;
    // then
    const expected = {
      formKey: 'renewal_request', added: ['note'], removed: ['term'], renamed: [{ from: 'customer', to: 'customerName' }],
      changed: [{ key: 'discount', changes: [{ property: 'label', before: 'Discount %', after: 'Discount (%)' }] }],
    };
    expect(diff).toMatchObject({ kind: 'FORM', key: 'renewal_request', fromVersion: 1, toVersion: null, added: [], formFields: expected });
    // and once approved, the same between deployed versions 1 and 2
    await ok(url, builder, `mutation($id: ID!) { submitDraftForReview(draftId: $id) { id } }`, { id: draft.saveFormDraft.id });
    await ok(url, owner, `mutation($id: ID!) { approveDraft(draftId: $id) { id } }`, { id: draft.saveFormDraft.id });
    const versions = (await ok<{ diffFormVersions: Diff }>(url, member, `{ diffFormVersions(formKey: "renewal_request", fromVersion: 1, toVersion: 2) { ${DIFF} } }`)).diffFormVersions;
    expect(versions.formFields).toEqual(expected);
    const missing = await call(url, member, `{ diffFormVersions(formKey: "renewal_request", fromVersion: 3, toVersion: 2) { key } }`);
    expect([codeOf(missing), fieldsOf(missing)]).toEqual(['NOT_FOUND', ['fromVersion']]);
  });
});

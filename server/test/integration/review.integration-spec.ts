import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { call, createApp, DRAFT_FIELDS, ok, renewalBpmn, renewalFormSchema } from './apps-fixtures.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

let baton: RunningBaton;
let url: string;
let owner: Session;
let author: Session;
let reviewer: Session;
let member: Session;

interface Draft {
  id: string;
  state: string;
  kind: string;
  key: string;
  contributorIds: string[];
  baseVersion: number | null;
  deployedVersion: number | null;
  problems: { elementId: string | null; rule: string; severity: string; message: string }[];
  reviews: { action: string; actorId: string; actorName: string | null; comment: string | null; elementComments: { elementId: string; text: string }[] }[];
}

const SAVE_PROCESS = `mutation($input: SaveProcessDraftInput!) { saveProcessDraft(input: $input) { ${DRAFT_FIELDS} } }`;
const SAVE_FORM = `mutation($input: SaveFormDraftInput!) { saveFormDraft(input: $input) { ${DRAFT_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $note: String) { submitDraftForReview(draftId: $id, note: $note) { ${DRAFT_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $c: String) { approveDraft(draftId: $id, comment: $c) { ${DRAFT_FIELDS} } }`;
const CHANGES = `mutation($id: ID!, $c: String!, $e: [ElementCommentInput!]) { requestDraftChanges(draftId: $id, comment: $c, elementComments: $e) { ${DRAFT_FIELDS} } }`;

const saveProcess = (who: Session, bpmnXml: string, lang?: string) =>
  call<{ saveProcessDraft: Draft }>(url, who, SAVE_PROCESS, { input: { appKey: 'customer-renewal', bpmnProcessId: 'customer_renewal', bpmnXml } }, lang);

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Review Co' });
  author = await addMember(url, owner, 'BUILDER');
  reviewer = await addMember(url, owner, 'BUILDER');
  member = await addMember(url, owner, 'MEMBER');
  await createApp(url, author);
});
afterAll(() => baton?.stop());

describe('saving drafts', () => {
  it('refuses unreadable XML, a missing process id, unknown apps and members', async () => {
    const garbage = await saveProcess(author, '<nope');
    expect([codeOf(garbage), fieldsOf(garbage)]).toEqual(['BAD_USER_INPUT', ['bpmnXml']]);
    const other = await saveProcess(author, renewalBpmn({ processId: 'other_process' }));
    expect([codeOf(other), fieldsOf(other)]).toEqual(['BAD_USER_INPUT', ['bpmnProcessId']]);
    const noApp = await call(url, author, SAVE_PROCESS, { input: { appKey: 'no-such-app', bpmnProcessId: 'customer_renewal', bpmnXml: renewalBpmn() } });
    expect([codeOf(noApp), fieldsOf(noApp)]).toEqual(['NOT_FOUND', ['key']]);
    expect(codeOf(await saveProcess(member, renewalBpmn()))).toBe('FORBIDDEN');
    const badForm = await call(url, author, SAVE_FORM, { input: { appKey: 'customer-renewal', schema: { components: [] } } });
    expect([codeOf(badForm), fieldsOf(badForm)]).toEqual(['BAD_USER_INPUT', ['schema/id']]);
  });

  it('returns the engine’s lint problems by element id, in the request language, and blocks review while errors remain', async () => {
    // given a model whose forms are not deployed yet
    const saved = (await saveProcess(author, renewalBpmn(), 'zh-CN')).data!.saveProcessDraft;
    // then the draft is saved with the problems the deploy would raise
    expect(saved).toMatchObject({ state: 'DRAFT', kind: 'PROCESS', key: 'customer_renewal', baseVersion: null, contributorIds: [author.userId] });
    const notDeployed = saved.problems.filter((p) => p.rule === 'baton/form-not-deployed');
    expect(notDeployed.map((p) => p.elementId).sort()).toEqual(['finance', 'manager', 'start']);
    expect(notDeployed[0].message).toContain('尚未发布');
    // when submitted / then refused, naming the elements
    const refused = await call(url, author, SUBMIT, { id: saved.id });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused).sort()).toEqual(['finance', 'manager', 'start']);
    // and the process app item exists before any deploy
    const app = await ok<{ app: { processes: { bpmnProcessId: string; latestVersion: number | null }[] } }>(url, member, `{ app(key: "customer-renewal") { processes { bpmnProcessId latestVersion } } }`);
    expect(app.app.processes).toEqual([{ bpmnProcessId: 'customer_renewal', latestVersion: null }]);
  });
});

describe('review', () => {
  it('publishes a form draft: its author may not approve it, another builder may', async () => {
    const draft = (await ok<{ saveFormDraft: Draft }>(url, author, SAVE_FORM, { input: { appKey: 'customer-renewal', schema: renewalFormSchema() } })).saveFormDraft;
    expect(draft).toMatchObject({ kind: 'FORM', key: 'renewal_request', problems: [] });
    // approving a draft not in review / then CONFLICT
    expect(codeOf(await call(url, reviewer, APPROVE, { id: draft.id }))).toBe('CONFLICT');
    await ok(url, author, SUBMIT, { id: draft.id, note: 'first version' });
    // when the author approves their own draft / then FORBIDDEN, even twice
    expect(codeOf(await call(url, author, APPROVE, { id: draft.id }))).toBe('FORBIDDEN');
    expect(codeOf(await call(url, member, APPROVE, { id: draft.id }))).toBe('FORBIDDEN');
    // when another builder approves / then the form is deployed
    const approved = (await ok<{ approveDraft: Draft }>(url, reviewer, APPROVE, { id: draft.id, c: 'ok' })).approveDraft;
    expect(approved).toMatchObject({ state: 'DEPLOYED', deployedVersion: 1 });
    expect(approved.reviews.map((r) => [r.action, r.actorId, r.comment])).toEqual([['SUBMITTED', author.userId, 'first version'], ['APPROVED', reviewer.userId, 'ok']]);
    const form = await ok<{ form: { version: number } }>(url, member, `{ form(formKey: "renewal_request") { version } }`);
    expect(form.form.version).toBe(1);
    // and a deployed draft cannot be decided again
    expect(codeOf(await call(url, owner, APPROVE, { id: draft.id }))).toBe('CONFLICT');
  });

  it('takes a process draft through changes requested to deployed', async () => {
    // given the process draft, now lint-clean because its form is deployed
    const saved = (await saveProcess(author, renewalBpmn({ threshold: 10 }))).data!.saveProcessDraft;
    expect(saved.problems.filter((p) => p.severity === 'error')).toEqual([]);
    await ok(url, author, SUBMIT, { id: saved.id });
    // then while in review it is frozen
    expect(codeOf(await saveProcess(author, renewalBpmn()))).toBe('CONFLICT');
    // when the reviewer comments on an element that does not exist / then refused, naming the comment
    const unknown = await call(url, reviewer, CHANGES, { id: saved.id, c: 'Fix', e: [{ elementId: 'gw', text: 'ok' }, { elementId: 'ghost', text: 'where?' }] });
    expect([codeOf(unknown), fieldsOf(unknown)]).toEqual(['BAD_USER_INPUT', ['elementComments[1].elementId']]);
    expect(fieldsOf(await call(url, reviewer, CHANGES, { id: saved.id, c: '' }))).toEqual(['comment']);
    // when the reviewer requests changes on the gateway
    const changes = (await ok<{ requestDraftChanges: Draft }>(url, reviewer, CHANGES, { id: saved.id, c: 'Threshold is 15%', e: [{ elementId: 'gw', text: 'Use 15, not 10' }] })).requestDraftChanges;
    expect(changes.state).toBe('CHANGES_REQUESTED');
    expect(changes.reviews[1]).toMatchObject({ action: 'CHANGES_REQUESTED', actorName: 'New BUILDER', elementComments: [{ elementId: 'gw', text: 'Use 15, not 10' }] });
    expect(codeOf(await call(url, owner, APPROVE, { id: saved.id }))).toBe('CONFLICT');
    // when the author fixes and resubmits, and the reviewer approves
    const fixed = (await saveProcess(author, renewalBpmn({ threshold: 15 }))).data!.saveProcessDraft;
    expect([fixed.id, fixed.state]).toEqual([saved.id, 'DRAFT']);
    await ok(url, author, SUBMIT, { id: saved.id });
    const deployed = (await ok<{ approveDraft: Draft }>(url, reviewer, APPROVE, { id: saved.id })).approveDraft;
    // then it is deployed as version 1 and runs
    expect(deployed).toMatchObject({ state: 'DEPLOYED', deployedVersion: 1 });
    expect(deployed.reviews.map((r) => r.action)).toEqual(['SUBMITTED', 'CHANGES_REQUESTED', 'SUBMITTED', 'APPROVED']);
    const definition = await ok<{ processDefinition: { version: number; bpmnXml: string } }>(url, member, `{ processDefinition(bpmnProcessId: "customer_renewal") { version bpmnXml } }`);
    expect(definition.processDefinition.version).toBe(1);
    expect(definition.processDefinition.bpmnXml).toContain('discount &gt; 15');
    const started = await ok<{ startProcessInstance: { activeElementIds: string[] } }>(url, member, `mutation { startProcessInstance(input: { bpmnProcessId: "customer_renewal" }) { activeElementIds } }`);
    expect(started.startProcessInstance.activeElementIds).toEqual(['manager']);
  });

  it('lets a contributor who edited someone else’s draft not approve it either', async () => {
    const first = (await saveProcess(author, renewalBpmn({ threshold: 25 }))).data!.saveProcessDraft;
    const second = (await saveProcess(reviewer, renewalBpmn({ threshold: 30 }))).data!.saveProcessDraft;
    expect(second.id).toBe(first.id);
    expect(second.contributorIds).toEqual([author.userId, reviewer.userId]);
    expect(second.baseVersion).toBe(1);
    await ok(url, reviewer, SUBMIT, { id: first.id });
    expect(codeOf(await call(url, reviewer, APPROVE, { id: first.id }))).toBe('FORBIDDEN');
    expect(codeOf(await call(url, author, CHANGES, { id: first.id, c: 'no' }))).toBe('FORBIDDEN');
    const approved = (await ok<{ approveDraft: Draft }>(url, owner, APPROVE, { id: first.id })).approveDraft;
    expect(approved.deployedVersion).toBe(2);
  });

  it('lists an app’s drafts for builders only, and answers bad and unknown ids', async () => {
    const all = await ok<{ drafts: Draft[] }>(url, reviewer, `{ drafts(appKey: "customer-renewal") { id state kind } }`);
    expect(all.drafts.map((d) => [d.kind, d.state])).toEqual([['PROCESS', 'DEPLOYED'], ['FORM', 'DEPLOYED'], ['PROCESS', 'DEPLOYED']]);
    const deployed = await ok<{ drafts: Draft[] }>(url, reviewer, `{ drafts(appKey: "customer-renewal", state: IN_REVIEW) { id } }`);
    expect(deployed.drafts).toEqual([]);
    expect(codeOf(await call(url, member, `{ drafts(appKey: "customer-renewal") { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await call(url, member, `query($id: ID!) { draft(id: $id) { id } }`, { id: all.drafts[0].id }))).toBe('FORBIDDEN');
    const one = await ok<{ draft: { id: string; bpmnXml: string } }>(url, reviewer, `query($id: ID!) { draft(id: $id) { id bpmnXml } }`, { id: all.drafts[0].id });
    expect(one.draft.bpmnXml).toContain('customer_renewal');
    const bad = await call(url, reviewer, `{ draft(id: "not-a-uuid") { id } }`);
    expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['draftId']]);
    expect(codeOf(await call(url, reviewer, `{ draft(id: "00000000-0000-4000-8000-000000000000") { id } }`))).toBe('NOT_FOUND');
    // another workspace sees none of it
    const stranger = await signUp(url, { workspaceName: 'Other' });
    expect(codeOf(await call(url, stranger, `query($id: ID!) { draft(id: $id) { id } }`, { id: all.drafts[0].id }))).toBe('NOT_FOUND');
    expect(codeOf(await call(url, stranger, APPROVE, { id: all.drafts[0].id }))).toBe('NOT_FOUND');
  });
});

import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { call, group, ok, renewalBpmn, renewalFormSchema } from './apps-fixtures.js';
import { codeOf, fieldsOf } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

let baton: RunningBaton;
let url: string;
let owner: Session;
let requester: Session;
let manager: Session;
let financeMember: Session;
let outsider: Session;
let managerTaskId: string;
let instanceId: string;

interface Comment {
  id: string;
  taskId: string;
  processInstanceId: string;
  authorId: string;
  author: { id: string; name: string } | null;
  text: string;
  mentions: { id: string; email: string }[];
}

const ADD = `mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id taskId processInstanceId authorId author { id name } text mentions { id email } } }`;
const LIST = `query($id: ID!) { taskComments(taskId: $id) { id text authorId author { id name } mentions { id email } } }`;

async function openTask(who: Session, elementId: string): Promise<string> {
  const data = await ok<{ tasks: { nodes: { id: string; elementId: string }[] } }>(url, who,
    `query($p: ID!) { tasks(filter: { processInstanceId: $p, state: CREATED }) { nodes { id elementId } } }`, { p: instanceId });
  return data.tasks.nodes.find((t) => t.elementId === elementId)!.id;
}

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Comments Co' });
  requester = await addMember(url, owner, 'MEMBER');
  manager = await addMember(url, owner, 'MEMBER');
  financeMember = await addMember(url, owner, 'MEMBER');
  outsider = await addMember(url, owner, 'MEMBER');
  await group(url, owner, 'sales-managers', 'Sales managers', [manager]);
  await group(url, owner, 'finance', 'Finance', [financeMember]);
  await ok(url, owner, `mutation($x: String!, $f: [JSON!]) { deployProcess(input: { bpmnXml: $x, forms: $f }) { id } }`, { x: renewalBpmn(), f: [renewalFormSchema()] });
  const started = await ok<{ startProcessInstance: { id: string } }>(url, requester,
    `mutation { startProcessInstance(input: { bpmnProcessId: "customer_renewal", variables: { customer: "Acme", discount: 20 } }) { id } }`);
  instanceId = started.startProcessInstance.id;
  managerTaskId = await openTask(owner, 'manager');
});
afterAll(() => baton?.stop());

describe('task comments', () => {
  it('are written by a candidate with @mentions and read by the requester, oldest first', async () => {
    // when the manager asks the requester a question
    const added = (await ok<{ addTaskComment: Comment }>(url, manager, ADD, { input: { taskId: managerTaskId, text: ' @requester why 20%? ', mentions: [requester.userId, requester.userId] } })).addTaskComment;
    expect(added).toMatchObject({ taskId: managerTaskId, processInstanceId: instanceId, authorId: manager.userId, author: { name: 'New MEMBER' }, text: '@requester why 20%?' });
    expect(added.mentions).toEqual([{ id: requester.userId, email: requester.email }]);
    // and the requester (who started the instance) answers
    await ok(url, requester, ADD, { input: { taskId: managerTaskId, text: 'Three-year deal' } });
    // then both read the thread in order
    const thread = (await ok<{ taskComments: Comment[] }>(url, requester, LIST, { id: managerTaskId })).taskComments;
    expect(thread.map((c) => [c.authorId, c.text])).toEqual([[manager.userId, '@requester why 20%?'], [requester.userId, 'Three-year deal']]);
  });

  it('are closed to members not involved in the task, until someone mentions them', async () => {
    expect(codeOf(await call(url, outsider, LIST, { id: managerTaskId }))).toBe('FORBIDDEN');
    expect(codeOf(await call(url, outsider, ADD, { input: { taskId: managerTaskId, text: 'peek' } }))).toBe('FORBIDDEN');
    // when the owner (an admin sees every task) mentions them
    await ok(url, owner, ADD, { input: { taskId: managerTaskId, text: 'Please check the contract', mentions: [outsider.userId] } });
    // then they may read and answer
    expect((await ok<{ taskComments: Comment[] }>(url, outsider, LIST, { id: managerTaskId })).taskComments).toHaveLength(3);
    await ok(url, outsider, ADD, { input: { taskId: managerTaskId, text: 'Contract checked' } });
  });

  it('follow the instance: whoever completed an earlier task may read the next one', async () => {
    // given the manager approves, so the 20% discount goes to finance
    await ok(url, manager, `mutation($id: ID!) { claimTask(id: $id) { id } }`, { id: managerTaskId });
    await ok(url, manager, `mutation($id: ID!) { completeTask(id: $id, variables: { customer: "Acme", contractEnd: "2027-01-31", amount: 1000, discount: 20, term: "1y" }) { id } }`, { id: managerTaskId });
    const financeTaskId = await openTask(owner, 'finance');
    // when finance comments / then the manager (earlier approver) reads it, the outsider does not
    await ok(url, financeMember, ADD, { input: { taskId: financeTaskId, text: 'Approved with a 3-year term', mentions: [manager.userId] } });
    expect((await ok<{ taskComments: Comment[] }>(url, manager, LIST, { id: financeTaskId })).taskComments).toHaveLength(1);
    expect(codeOf(await call(url, outsider, LIST, { id: financeTaskId }))).toBe('FORBIDDEN');
    // and comments on the completed task stay readable
    expect((await ok<{ taskComments: Comment[] }>(url, requester, LIST, { id: managerTaskId })).taskComments).toHaveLength(4);
  });

  it('refuse empty text, bad ids and mentions of non-members, storing nothing', async () => {
    const bad = await call(url, manager, ADD, { input: { taskId: managerTaskId, text: '  ', mentions: ['nope'] } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['text', 'mentions[0]']);
    const stranger = await signUp(url, { workspaceName: 'Elsewhere' });
    const notMember = await call(url, manager, ADD, { input: { taskId: managerTaskId, text: 'hi', mentions: [requester.userId, stranger.userId] } });
    expect([codeOf(notMember), fieldsOf(notMember)]).toEqual(['BAD_USER_INPUT', ['mentions[1]']]);
    expect(fieldsOf(await call(url, manager, ADD, { input: { taskId: managerTaskId, text: 'x'.repeat(4001) } }))).toEqual(['text']);
    expect(codeOf(await call(url, manager, ADD, { input: { taskId: '00000000-0000-4000-8000-000000000000', text: 'hi' } }))).toBe('NOT_FOUND');
    expect(fieldsOf(await call(url, manager, LIST, { id: 'nope' }))).toEqual(['taskId']);
    // another workspace's owner cannot reach the task at all
    expect(codeOf(await call(url, stranger, LIST, { id: managerTaskId }))).toBe('NOT_FOUND');
    expect(codeOf(await call(url, stranger, ADD, { input: { taskId: managerTaskId, text: 'hi' } }))).toBe('NOT_FOUND');
    const count = await baton.dataSource.query(`SELECT count(*)::int AS n FROM task_comments`);
    expect(count[0].n).toBe(5);
  });
});

describe('comment attachments', () => {
  const ADD_WITH_FILES = `mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id attachments { id name contentType size } } }`;

  async function upload(who: Session, name: string, bytes: Buffer): Promise<string> {
    const form = new FormData();
    form.set('file', new Blob([bytes]), name);
    const res = await fetch(`${url}/api/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${who.token}` } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }
  const download = (who: Session, path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${who.token}` } });

  it('carry uploaded files that whoever may read the task downloads, and nobody else', async () => {
    // given the finance approver's task, which the requester (who started the instance) may read
    const financeTaskId = await openTask(owner, 'finance');
    const quote = Buffer.from('%PDF-1.7 报价单 v2');
    const fileId = await upload(financeMember, '报价单.pdf', quote);
    // when finance comments with the file attached
    const { addTaskComment } = await ok<{ addTaskComment: { id: string; attachments: { id: string; name: string; contentType: string; size: number }[] } }>(url, financeMember, ADD_WITH_FILES, {
      input: { taskId: financeTaskId, text: '附上新报价', fileIds: [fileId, fileId] },
    });
    expect(addTaskComment.attachments).toEqual([{ id: fileId, name: '报价单.pdf', contentType: 'application/pdf', size: quote.length }]);
    const path = `/api/task-comments/${addTaskComment.id}/files/${fileId}`;
    // then the requester downloads the exact bytes through the comment, with the UTF-8 name
    const got = await download(requester, path);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent('报价单.pdf'));
    expect(Buffer.from(await got.arrayBuffer()).equals(quote)).toBe(true);
    // while the file alone stays the uploader's (no record refers to it), and an uninvolved member gets nothing
    expect((await download(requester, `/api/files/${fileId}`)).status).toBe(404);
    expect((await download(outsider, path)).status).toBe(403);
    // a file not attached to that comment is not reachable through it
    const other = await upload(financeMember, 'other.pdf', Buffer.from('%PDF other'));
    expect((await download(requester, `/api/task-comments/${addTaskComment.id}/files/${other}`)).status).toBe(404);
    expect((await ok<{ taskComments: { attachments: { name: string }[] }[] }>(url, requester, `query($id: ID!) { taskComments(taskId: $id) { attachments { name } } }`, { id: financeTaskId })).taskComments.at(-1)!.attachments).toEqual([{ name: '报价单.pdf' }]);
  });

  it('refuse files of another workspace, unknown or malformed ids and more than 20, storing nothing', async () => {
    const financeTaskId = await openTask(owner, 'finance');
    const before = (await baton.dataSource.query(`SELECT count(*)::int AS n FROM task_comments`))[0].n;
    const stranger = await signUp(url, { workspaceName: 'Files elsewhere' });
    const foreign = await upload(stranger, 'x.pdf', Buffer.from('%PDF x'));
    const refused = await call(url, financeMember, ADD_WITH_FILES, { input: { taskId: financeTaskId, text: 'hi', fileIds: ['00000000-0000-4000-8000-000000000000', foreign] } });
    expect([codeOf(refused), fieldsOf(refused)]).toEqual(['BAD_USER_INPUT', ['fileIds[0]', 'fileIds[1]']]);
    expect(fieldsOf(await call(url, financeMember, ADD_WITH_FILES, { input: { taskId: financeTaskId, text: 'hi', fileIds: ['nope'] } }))).toEqual(['fileIds[0]']);
    const many = Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(fieldsOf(await call(url, financeMember, ADD_WITH_FILES, { input: { taskId: financeTaskId, text: 'hi', fileIds: many } }))).toContain('fileIds');
    expect((await baton.dataSource.query(`SELECT count(*)::int AS n FROM task_comments`))[0].n).toBe(before);
  });
});


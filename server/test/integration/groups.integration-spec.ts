import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { key name nameZhCN nameEn parentKey members { id } } }`;
const ADD = `mutation($input: GroupMemberInput!) { addGroupMember(input: $input) { key members { id } } }`;
const REMOVE = `mutation($input: GroupMemberInput!) { removeGroupMember(input: $input) { key members { id } } }`;

let baton: RunningBaton;
let url: string;
let owner: Session;
let member: Session;
const groupCount = async () => Number((await baton.dataSource.query(`SELECT count(*) AS n FROM groups`))[0].n);

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url);
  member = await addMember(url, owner, 'MEMBER');
});
afterAll(() => baton?.stop());

describe('groups', () => {
  it('creates nested groups with names in both languages and fills them with members', async () => {
    // given a department / when a team is created under it and a member added
    await gql(url, CREATE, { input: { key: 'sales', name: '销售部', nameEn: 'Sales' } }, { token: owner.token });
    const team = await gql(url, CREATE, { input: { key: 'sales-managers', name: 'Sales managers', nameZhCN: '销售经理', parentKey: 'sales' } }, { token: owner.token, lang: 'zh-CN' });
    expect(team.data).toEqual({ createGroup: { key: 'sales-managers', name: '销售经理', nameZhCN: '销售经理', nameEn: 'Sales managers', parentKey: 'sales', members: [] } });
    const added = await gql(url, ADD, { input: { groupKey: 'sales-managers', userId: member.userId } }, { token: owner.token });
    // then the member is in the group, once even if added twice, and sees it in `me`
    await gql(url, ADD, { input: { groupKey: 'sales-managers', userId: member.userId } }, { token: owner.token });
    expect(added.data).toEqual({ addGroupMember: { key: 'sales-managers', members: [{ id: member.userId }] } });
    const me = await gql<{ me: { groups: { key: string }[] } }>(url, `{ me { groups { key } } }`, {}, { token: member.token });
    expect(me.data?.me.groups).toEqual([{ key: 'sales-managers' }]);
    const removed = await gql(url, REMOVE, { input: { groupKey: 'sales-managers', userId: member.userId } }, { token: owner.token });
    expect(removed.data).toEqual({ removeGroupMember: { key: 'sales-managers', members: [] } });
  });

  it.each([
    { title: 'a key with spaces', input: { key: 'Sales Team', name: 'x' }, code: 'BAD_USER_INPUT', fields: ['key'] },
    { title: 'an empty name', input: { key: 'ok-key', name: ' ' }, code: 'BAD_USER_INPUT', fields: ['name'] },
    { title: 'a duplicate key', input: { key: 'dup', name: 'x' }, code: 'CONFLICT', fields: ['key'] },
    { title: 'a missing parent', input: { key: 'orphan', name: 'x', parentKey: 'nope' }, code: 'BAD_USER_INPUT', fields: ['parentKey'] },
  ])('refuses $title with $code and creates nothing', async ({ input, code, fields }) => {
    if (input.key === 'dup') await gql(url, CREATE, { input: { key: 'dup', name: 'first' } }, { token: owner.token });
    const before = await groupCount();
    const result = await gql(url, CREATE, { input }, { token: owner.token });
    expect(codeOf(result)).toBe(code);
    expect(fieldsOf(result)).toEqual(fields);
    expect(await groupCount()).toBe(before);
  });

  it.each([
    { title: 'an unknown group', input: { groupKey: 'nope', userId: 'MEMBER' }, code: 'NOT_FOUND' },
    { title: 'a malformed user id', input: { groupKey: 'sales', userId: 'abc' }, code: 'BAD_USER_INPUT' },
    { title: 'a user outside the workspace', input: { groupKey: 'sales', userId: '00000000-0000-4000-8000-000000000001' }, code: 'BAD_USER_INPUT' },
  ])('refuses to add $title', async ({ input, code }) => {
    const userId = input.userId === 'MEMBER' ? member.userId : input.userId;
    expect(codeOf(await gql(url, ADD, { input: { ...input, userId } }, { token: owner.token }))).toBe(code);
  });

  it('deletes a group; its sub-groups stay, without a parent', async () => {
    await gql(url, CREATE, { input: { key: 'ops', name: 'Ops' } }, { token: owner.token });
    await gql(url, CREATE, { input: { key: 'ops-night', name: 'Night', parentKey: 'ops' } }, { token: owner.token });
    expect((await gql(url, `mutation { deleteGroup(key: "ops") }`, {}, { token: owner.token })).data).toEqual({ deleteGroup: true });
    const groups = await gql<{ groups: { key: string; parentKey: string | null }[] }>(url, `{ groups { key parentKey } }`, {}, { token: owner.token });
    expect(groups.data?.groups.find((g) => g.key === 'ops-night')).toEqual({ key: 'ops-night', parentKey: null });
    expect(codeOf(await gql(url, `mutation { deleteGroup(key: "ops") }`, {}, { token: owner.token }))).toBe('NOT_FOUND');
  });
});

describe('workspaces', () => {
  it('creates a second workspace, switches between them, and refuses a foreign or malformed one', async () => {
    const created = await gql<{ createWorkspace: { token: string; workspace: { id: string }; role: string } }>(
      url, `mutation { createWorkspace(input: { name: "第二工作区" }) { token role workspace { id } } }`, {}, { token: owner.token, cookie: owner.cookie },
    );
    expect(created.data?.createWorkspace.role).toBe('OWNER');
    const second = created.data!.createWorkspace;
    const back = await gql<{ switchWorkspace: { workspace: { id: string } } }>(url, `mutation($id: ID!) { switchWorkspace(workspaceId: $id) { workspace { id } } }`, { id: owner.workspaceId }, { token: second.token });
    expect(back.data?.switchWorkspace.workspace.id).toBe(owner.workspaceId);
    const stranger = await signUp(url);
    expect(codeOf(await gql(url, `mutation($id: ID!) { switchWorkspace(workspaceId: $id) { token } }`, { id: stranger.workspaceId }, { token: owner.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, `mutation { switchWorkspace(workspaceId: "nope") { token } }`, {}, { token: owner.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(url, `mutation { createWorkspace(input: { name: "" }) { token } }`, {}, { token: owner.token }))).toBe('BAD_USER_INPUT');
  });
});

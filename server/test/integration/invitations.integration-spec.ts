import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, PASSWORD, Session, signUp, uniqueEmail } from './identity.js';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role token link } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token role workspace { id } } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { email workspaceName role expired accountExists } }`;
const MEMBERS = `{ members { user { id email } role groups } }`;

let baton: RunningBaton;
let url: string;
let owner: Session;

beforeAll(async () => {
  baton = await startTestApp({ BATON_PUBLIC_URL: 'https://baton.example.com' });
  url = baton.url;
  owner = await signUp(url, { workspaceName: '客户成功部' });
});
afterAll(() => baton?.stop());

async function invite(email: string, role = 'MEMBER', by: Session = owner) {
  const result = await gql<{ inviteMember: { id: string; token: string; link: string } }>(url, INVITE, { input: { email, role } }, { token: by.token });
  expect(result.errors).toBeUndefined();
  return result.data!.inviteMember;
}

describe('invitations', () => {
  it('invites by link, previews it, accepts it with a new account, and lists the member', async () => {
    // given an invitation
    const email = uniqueEmail('invitee');
    const invitation = await invite(email, 'BUILDER');
    expect(invitation.link).toBe(`https://baton.example.com/invite/${invitation.token}`);
    const stored = await baton.dataSource.query(`SELECT token_hash FROM invitations WHERE id = $1`, [invitation.id]);
    expect(stored[0].token_hash).not.toBe(invitation.token);
    // when the invitee opens and accepts it
    const preview = await gql(url, PREVIEW, { token: invitation.token });
    expect(preview.data).toEqual({ invitation: { email, workspaceName: '客户成功部', role: 'BUILDER', expired: false, accountExists: false } });
    const accepted = await gql<{ acceptInvitation: { token: string; role: string } }>(url, ACCEPT, { input: { token: invitation.token, name: '赵六', password: PASSWORD } });
    // then they are a member with the invited role, and the owner sees them
    expect(accepted.data?.acceptInvitation.role).toBe('BUILDER');
    const members = await gql<{ members: { user: { email: string }; role: string }[] }>(url, MEMBERS, {}, { token: owner.token });
    expect(members.data?.members.map((m) => [m.user.email, m.role])).toContainEqual([email, 'BUILDER']);
    const pending = await gql<{ invitations: { email: string }[] }>(url, `{ invitations { email } }`, {}, { token: owner.token });
    expect(pending.data?.invitations.map((i) => i.email)).not.toContain(email);
  });

  it('lets an existing account join another workspace with its own password', async () => {
    const other = await signUp(url, { workspaceName: 'Other' });
    const invitation = await invite(other.email);
    const preview = await gql<{ invitation: { accountExists: boolean } }>(url, PREVIEW, { token: invitation.token });
    expect(preview.data?.invitation.accountExists).toBe(true);
    const wrong = await gql(url, ACCEPT, { input: { token: invitation.token, password: 'not-their-password-1' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const ok = await gql<{ acceptInvitation: { workspace: { id: string } } }>(url, ACCEPT, { input: { token: invitation.token, password: PASSWORD } });
    expect(ok.data?.acceptInvitation.workspace.id).toBe(owner.workspaceId);
    const me = await gql<{ me: { workspaces: unknown[] } }>(url, `{ me { workspaces { role } } }`, {}, { token: other.token });
    expect(me.data?.me.workspaces).toHaveLength(2);
  });

  it.each([
    { title: 'a reused token', prepare: async (token: string) => { await gql(url, ACCEPT, { input: { token, name: 'A', password: PASSWORD } }); }, code: 'CONFLICT' },
    { title: 'a revoked invitation', prepare: async (_: string, id: string) => { await gql(url, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id }, { token: owner.token }); }, code: 'NOT_FOUND' },
    { title: 'an expired invitation', prepare: async (_: string, id: string) => { await baton.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]); }, code: 'BAD_USER_INPUT' },
    { title: 'a weak password for a new account', prepare: async () => undefined, password: 'weak', code: 'BAD_USER_INPUT', fields: ['password'] },
    { title: 'a missing name for a new account', prepare: async () => undefined, name: null, code: 'BAD_USER_INPUT', fields: ['name'] },
  ])('refuses $title with $code and creates no membership', async ({ prepare, code, password, name, fields }) => {
    // given an invitation in some state
    const invitation = await invite(uniqueEmail('bad'));
    await prepare(invitation.token, invitation.id);
    const before = Number((await baton.dataSource.query(`SELECT count(*) AS n FROM memberships`))[0].n);
    // when someone tries to accept it
    const result = await gql(url, ACCEPT, { input: { token: invitation.token, name: name === undefined ? 'B' : name, password: password ?? PASSWORD } });
    // then it is refused and nothing changed
    expect(codeOf(result)).toBe(code);
    if (fields) expect(fieldsOf(result)).toEqual(fields);
    expect(Number((await baton.dataSource.query(`SELECT count(*) AS n FROM memberships`))[0].n)).toBe(before);
  });

  it('refuses a made-up token', async () => {
    expect(codeOf(await gql(url, PREVIEW, { token: 'made-up-token' }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(url, ACCEPT, { input: { token: 'x'.repeat(500), name: 'A', password: PASSWORD } }))).toBe('NOT_FOUND');
  });

  it.each([
    { title: 'malformed email', input: { email: 'nope', role: 'MEMBER' }, code: 'BAD_USER_INPUT', fields: ['email'] },
    { title: 'an existing member', input: { email: 'OWNER', role: 'MEMBER' }, code: 'CONFLICT', fields: ['email'] },
  ])('refuses to invite $title', async ({ input, code, fields }) => {
    const email = input.email === 'OWNER' ? owner.email : input.email;
    const result = await gql(url, INVITE, { input: { ...input, email } }, { token: owner.token });
    expect(codeOf(result)).toBe(code);
    expect(fieldsOf(result)).toEqual(fields);
  });

  it('lets only owners invite owners, and only admins invite at all', async () => {
    const admin = await addMember(url, owner, 'ADMIN');
    const member = await addMember(url, owner, 'MEMBER');
    expect(codeOf(await gql(url, INVITE, { input: { email: uniqueEmail(), role: 'OWNER' } }, { token: admin.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, INVITE, { input: { email: uniqueEmail(), role: 'MEMBER' } }, { token: member.token }))).toBe('FORBIDDEN');
    expect((await gql(url, INVITE, { input: { email: uniqueEmail(), role: 'ADMIN' } }, { token: admin.token })).errors).toBeUndefined();
  });

  it('replaces an open invitation when the same email is invited again', async () => {
    const email = uniqueEmail('twice');
    const first = await invite(email);
    await invite(email);
    expect(codeOf(await gql(url, PREVIEW, { token: first.token }))).toBe('NOT_FOUND');
  });
});

describe('members', () => {
  const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role user { id } } }`;
  const REMOVE = `mutation($userId: ID!) { removeMember(userId: $userId) }`;

  it('changes a role, takes effect at once, and records who did it', async () => {
    const member = await addMember(url, owner, 'MEMBER');
    expect(codeOf(await gql(url, `{ auditLog { totalCount } }`, {}, { token: member.token }))).toBe('FORBIDDEN');
    const changed = await gql(url, CHANGE, { input: { userId: member.userId, role: 'ADMIN' } }, { token: owner.token });
    expect(changed.data).toEqual({ changeMemberRole: { role: 'ADMIN', user: { id: member.userId } } });
    expect((await gql(url, `{ auditLog { totalCount } }`, {}, { token: member.token })).errors).toBeUndefined();
    const audit = await baton.dataSource.query(`SELECT details FROM audit_events WHERE action = 'member.role_changed' AND target_id = $1`, [member.userId]);
    expect(audit[0].details).toEqual({ from: 'MEMBER', to: 'ADMIN' });
  });

  it('keeps at least one owner, and lets only owners touch owners', async () => {
    const solo = await signUp(url);
    const last = await gql(url, CHANGE, { input: { userId: solo.userId, role: 'ADMIN' } }, { token: solo.token });
    expect(codeOf(last)).toBe('CONFLICT');
    expect(codeOf(await gql(url, REMOVE, { userId: solo.userId }, { token: solo.token }))).toBe('CONFLICT');
    const admin = await addMember(url, solo, 'ADMIN');
    expect(codeOf(await gql(url, CHANGE, { input: { userId: solo.userId, role: 'MEMBER' } }, { token: admin.token }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(url, CHANGE, { input: { userId: admin.userId, role: 'OWNER' } }, { token: admin.token }))).toBe('FORBIDDEN');
  });

  it('removes a member: their token stops working and their refresh is refused', async () => {
    const member = await addMember(url, owner, 'MEMBER');
    expect((await gql(url, REMOVE, { userId: member.userId }, { token: owner.token })).data).toEqual({ removeMember: true });
    expect(codeOf(await gql(url, `{ me { role } }`, {}, { token: member.token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(url, `mutation { refreshToken { token } }`, {}, { cookie: member.cookie }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    { title: 'a malformed user id', userId: 'nope', code: 'BAD_USER_INPUT' },
    { title: 'a user who is not a member', userId: '00000000-0000-4000-8000-000000000000', code: 'NOT_FOUND' },
  ])('refuses a role change for $title', async ({ userId, code }) => {
    expect(codeOf(await gql(url, CHANGE, { input: { userId, role: 'ADMIN' } }, { token: owner.token }))).toBe(code);
  });
});

import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { codeOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';
import { Foreign, OPERATIONS } from './operations.js';

let baton: RunningBaton;
let url: string;
let ownerA: Session;
let memberA: Session;
let builderA: Session;
let b: Foreign & { secrets: string[] };

/** Everything workspace B holds, read past row-level security, to prove calls from A changed nothing. */
async function snapshotOfB(): Promise<string> {
  const rows = await Promise.all(
    ['memberships', 'groups', 'group_members', 'invitations', 'audit_events'].map((t) =>
      baton.dataSource.query(`SELECT to_jsonb(x) - 'created_at' AS row FROM ${t} x WHERE workspace_id = $1 ORDER BY 1`, [b.workspaceId]),
    ),
  );
  const workspace = await baton.dataSource.query(`SELECT name FROM workspaces WHERE id = $1`, [b.workspaceId]);
  const users = await baton.dataSource.query(`SELECT name, locale, password_hash FROM users WHERE id = $1`, [b.userId]);
  return JSON.stringify({ rows, workspace, users });
}

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  // Workspace A: an owner (the most powerful caller A has), a builder and a member.
  ownerA = await signUp(url, { workspaceName: 'Alpha Inc' });
  memberA = await addMember(url, ownerA, 'MEMBER');
  builderA = await addMember(url, ownerA, 'BUILDER');
  // Workspace B: an owner, a second member, a group with a member, an open invitation.
  const ownerB = await signUp(url, { workspaceName: 'Bravo Secret Ltd', name: 'Bravo Owner' });
  const memberB = await addMember(url, ownerB, 'MEMBER');
  await gql(url, `mutation { createGroup(input: { key: "bravo-finance", name: "Bravo Finance" }) { id } }`, {}, { token: ownerB.token });
  await gql(url, `mutation($id: ID!) { addGroupMember(input: { groupKey: "bravo-finance", userId: $id }) { key } }`, { id: memberB.userId }, { token: ownerB.token });
  const invited = await gql<{ inviteMember: { id: string } }>(url, `mutation { inviteMember(input: { email: "bravo.pending@example.com", role: ADMIN }) { id } }`, {}, { token: ownerB.token });
  b = {
    workspaceId: ownerB.workspaceId,
    userId: memberB.userId,
    groupKey: 'bravo-finance',
    invitationId: invited.data!.inviteMember.id,
    secrets: [ownerB.workspaceId, memberB.userId, memberB.email, ownerB.email, 'Bravo Secret Ltd', 'Bravo Finance', 'bravo.pending@example.com', invited.data!.inviteMember.id],
  };
});
afterAll(() => baton?.stop());

describe('the operations table', () => {
  it('lists every query and mutation of the schema, and nothing else', async () => {
    // given the live schema / when it is introspected
    const result = await gql<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
      url, `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
    );
    const live = [
      ...result.data!.__schema.queryType.fields.map((f) => `query ${f.name}`),
      ...result.data!.__schema.mutationType.fields.map((f) => `mutation ${f.name}`),
    ].sort();
    // then operations.ts covers exactly those
    expect(OPERATIONS.map((o) => `${o.kind} ${o.name}`).sort()).toEqual(live);
  });
});

describe('workspace isolation: an owner of workspace A aims every operation at workspace B', () => {
  it.each(OPERATIONS.filter((o) => !o.public))('$kind $name neither reveals nor changes anything of B', async (operation) => {
    // given B's state
    const before = await snapshotOfB();
    // when A's owner calls the operation with B's ids
    const { query, variables } = operation.call(b);
    const result = await gql(url, query, variables, { token: ownerA.token });
    // then nothing of B is in the answer (beyond the ids the caller sent) and B is unchanged
    const answer = JSON.stringify(result.data ?? {}) + JSON.stringify(result.errors ?? []);
    const sent = JSON.stringify(variables ?? {});
    for (const secret of b.secrets.filter((s) => !sent.includes(s))) expect(answer).not.toContain(secret);
    expect(await snapshotOfB()).toBe(before);
  });

  it.each(OPERATIONS.filter((o) => o.public))('$kind $name is public: $public.why', async (operation) => {
    const before = await snapshotOfB();
    const { query, variables } = operation.call(b);
    const result = await gql(url, query, variables);
    expect(codeOf(result)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(await snapshotOfB()).toBe(before);
  });
});

describe('roles: what only admins may do', () => {
  it.each(OPERATIONS.filter((o) => o.minRole === 'ADMIN'))('a member and a builder get FORBIDDEN for $kind $name', async (operation) => {
    const { query, variables } = operation.call(b);
    for (const caller of [memberA, builderA]) {
      const result = await gql(url, query, variables, { token: caller.token });
      expect(codeOf(result)).toBe('FORBIDDEN');
    }
  });

  it.each(OPERATIONS.filter((o) => !o.public && !o.minRole))('$kind $name needs a signed-in user', async (operation) => {
    const { query, variables } = operation.call(b);
    expect(codeOf(await gql(url, query, variables))).toBe('UNAUTHENTICATED');
  });
});

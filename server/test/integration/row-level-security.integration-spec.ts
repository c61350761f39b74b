import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

/** Proves the database itself, not only our WHERE clauses, keeps workspaces apart for the application role. */
let baton: RunningBaton;
let a: Session;
let b: Session;
let bMember: Session;

beforeAll(async () => {
  baton = await startTestApp();
  a = await signUp(baton.url, { workspaceName: 'A' });
  b = await signUp(baton.url, { workspaceName: 'B' });
  bMember = await addMember(baton.url, b, 'MEMBER');
  await gql(baton.url, `mutation { createGroup(input: { key: "b-team", name: "B team" }) { id } }`, {}, { token: b.token });
  await gql(baton.url, `mutation($id: ID!) { addGroupMember(input: { groupKey: "b-team", userId: $id }) { key } }`, { id: bMember.userId }, { token: b.token });
  await gql(baton.url, `mutation { inviteMember(input: { email: "b.pending@example.com", role: MEMBER }) { id } }`, {}, { token: b.token });
});
afterAll(() => baton?.stop());

/** Runs SQL as the application role scoped to workspace A's owner, exactly as a GraphQL command does. */
async function asTenantA<T>(sql: string, params: unknown[] = []): Promise<T> {
  return baton.dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true), set_config('baton.user_id', $2, true)`, [a.workspaceId, a.userId]);
    return em.query(sql, params) as Promise<T>;
  });
}

describe('row-level security for the baton_app role', () => {
  it.each(['memberships', 'groups', 'group_members', 'invitations', 'audit_events'])('hides every %s row of workspace B even when asked by id', async (table) => {
    const rows = await asTenantA<unknown[]>(`SELECT * FROM ${table} WHERE workspace_id = $1`, [b.workspaceId]);
    expect(rows).toEqual([]);
    const all = await baton.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE workspace_id = $1`, [b.workspaceId]);
    expect(all[0].n).toBeGreaterThan(0);
  });

  it('hides workspace B itself and the users who are only in B', async () => {
    expect(await asTenantA(`SELECT id FROM workspaces WHERE id = $1`, [b.workspaceId])).toEqual([]);
    expect(await asTenantA(`SELECT id FROM users WHERE id = $1`, [bMember.userId])).toEqual([]);
  });

  it('refuses to write a row into workspace B', async () => {
    await expect(asTenantA(`INSERT INTO groups (workspace_id, key, name_zh_cn, name_en) VALUES ($1, 'x', 'x', 'x')`, [b.workspaceId]))
      .rejects.toThrow(/row-level security/);
  });

  it('updates and deletes nothing of workspace B', async () => {
    const updated = await asTenantA<[unknown[], number]>(`UPDATE memberships SET role = 'OWNER' WHERE workspace_id = $1`, [b.workspaceId]);
    expect(updated[1]).toBe(0);
    const renamed = await asTenantA<[unknown[], number]>(`UPDATE users SET name = 'hacked' WHERE id = $1`, [b.userId]);
    expect(renamed[1]).toBe(0);
    const roles = await baton.dataSource.query(`SELECT role FROM memberships WHERE workspace_id = $1 ORDER BY role`, [b.workspaceId]);
    expect(roles.map((r: { role: string }) => r.role)).toEqual(['MEMBER', 'OWNER']);
  });

  it('gives the application role no access at all to sessions and sign-in attempts', async () => {
    await expect(asTenantA(`SELECT * FROM refresh_tokens`)).rejects.toThrow(/permission denied/);
    await expect(asTenantA(`SELECT * FROM login_attempts`)).rejects.toThrow(/permission denied/);
    await expect(asTenantA(`SELECT * FROM instance_settings`)).rejects.toThrow(/permission denied/);
  });

  it('keeps the audit log append-only', async () => {
    await expect(asTenantA(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    await expect(asTenantA(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/permission denied/);
  });
});

/**
 * Every GraphQL query and mutation, with a sample call aimed at another workspace's resources.
 * isolation.integration-spec.ts fails when an operation of the schema is missing here, so a new operation
 * cannot ship without its isolation and permission cases. Add yours when you add an operation.
 */
export interface Foreign {
  /** Workspace B, where the caller (an owner of workspace A) is not a member. */
  workspaceId: string;
  userId: string;
  groupKey: string;
  invitationId: string;
}

export interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  /** Public operations take no token; `why` says how they stay safe instead. */
  public?: { why: string };
  /** Roles below this get FORBIDDEN. */
  minRole?: 'ADMIN' | 'BUILDER';
  call: (b: Foreign) => { query: string; variables?: Record<string, unknown> };
}

export const OPERATIONS: Operation[] = [
  { name: 'me', kind: 'query', call: () => ({ query: `{ me { user { id email } workspace { id name } role groups { key } workspaces { workspace { id name } } } }` }) },
  { name: 'members', kind: 'query', call: () => ({ query: `{ members { user { id email name } role groups } }` }) },
  { name: 'groups', kind: 'query', call: () => ({ query: `{ groups { key name members { id email } } }` }) },
  { name: 'invitations', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ invitations { id email } }` }) },
  { name: 'auditLog', kind: 'query', minRole: 'ADMIN', call: () => ({ query: `{ auditLog(first: 200) { nodes { action actorEmail targetId details } totalCount } }` }) },
  {
    name: 'invitation', kind: 'query',
    public: { why: 'reads one invitation by its secret 256-bit token only; tokens are stored hashed and never listed' },
    call: () => ({ query: `{ invitation(token: "guess") { email } }` }),
  },
  { name: 'signUp', kind: 'mutation', public: { why: 'creates a new account and workspace; touches no existing workspace' }, call: () => ({ query: `mutation { signUp(input: { email: "x", password: "y", name: "", workspaceName: "" }) { token } }` }) },
  { name: 'login', kind: 'mutation', public: { why: 'signs into the account’s own first workspace only' }, call: () => ({ query: `mutation { login(input: { email: "nobody@example.com", password: "wrong-pass-1" }) { token } }` }) },
  { name: 'refreshToken', kind: 'mutation', public: { why: 'acts only on the session named by the httpOnly cookie' }, call: () => ({ query: `mutation { refreshToken { token } }` }) },
  { name: 'logout', kind: 'mutation', public: { why: 'revokes only the session named by the cookie' }, call: () => ({ query: `mutation { logout }` }) },
  { name: 'acceptInvitation', kind: 'mutation', public: { why: 'joins only the workspace named by a secret invitation token' }, call: () => ({ query: `mutation { acceptInvitation(input: { token: "guess", password: "x" }) { token } }` }) },
  { name: 'switchWorkspace', kind: 'mutation', call: (b) => ({ query: `mutation($id: ID!) { switchWorkspace(workspaceId: $id) { token workspace { id } } }`, variables: { id: b.workspaceId } }) },
  { name: 'createWorkspace', kind: 'mutation', call: () => ({ query: `mutation { createWorkspace(input: { name: "" }) { token } }` }) },
  { name: 'updateProfile', kind: 'mutation', call: () => ({ query: `mutation { updateProfile(input: { locale: "xx" }) { id } }` }) },
  { name: 'changePassword', kind: 'mutation', call: () => ({ query: `mutation { changePassword(input: { currentPassword: "wrong-pass-1", newPassword: "new-pass-2027" }) }` }) },
  { name: 'inviteMember', kind: 'mutation', minRole: 'ADMIN', call: () => ({ query: `mutation { inviteMember(input: { email: "someone.new@example.com", role: MEMBER }) { id } }` }) },
  { name: 'revokeInvitation', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($id: ID!) { revokeInvitation(id: $id) { id email } }`, variables: { id: b.invitationId } }) },
  { name: 'changeMemberRole', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($id: ID!) { changeMemberRole(input: { userId: $id, role: MEMBER }) { role } }`, variables: { id: b.userId } }) },
  { name: 'removeMember', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($id: ID!) { removeMember(userId: $id) }`, variables: { id: b.userId } }) },
  { name: 'createGroup', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!) { createGroup(input: { key: $key, name: "Copy" }) { id key } }`, variables: { key: `${b.groupKey}-a` } }) },
  { name: 'deleteGroup', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!) { deleteGroup(key: $key) }`, variables: { key: b.groupKey } }) },
  { name: 'addGroupMember', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!, $id: ID!) { addGroupMember(input: { groupKey: $key, userId: $id }) { key } }`, variables: { key: b.groupKey, id: b.userId } }) },
  { name: 'removeGroupMember', kind: 'mutation', minRole: 'ADMIN', call: (b) => ({ query: `mutation($key: String!, $id: ID!) { removeGroupMember(input: { groupKey: $key, userId: $id }) { key } }`, variables: { key: b.groupKey, id: b.userId } }) },
];

import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { gql, refreshCookie } from './graphql-client.js';

export const PASSWORD = 'relay-baton-2026';

export interface Session {
  token: string;
  cookie: string;
  userId: string;
  workspaceId: string;
  email: string;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(4).toString('hex')}@example.com`;
}

const AUTH_FIELDS = 'token user { id email } workspace { id name } role';

export async function signUp(url: string, overrides: Partial<{ email: string; name: string; workspaceName: string }> = {}): Promise<Session> {
  const email = overrides.email ?? uniqueEmail();
  const result = await gql<{ signUp: { token: string; user: { id: string }; workspace: { id: string } } }>(
    url,
    `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { email, password: PASSWORD, name: overrides.name ?? 'Li Wei', workspaceName: overrides.workspaceName ?? 'Acme' } },
  );
  expect(result.errors).toBeUndefined();
  const payload = result.data!.signUp;
  return { token: payload.token, cookie: refreshCookie(result)!, userId: payload.user.id, workspaceId: payload.workspace.id, email };
}

/** Invites a new person into the inviter's workspace and accepts as them. */
export async function addMember(url: string, inviter: Session, role: string): Promise<Session> {
  const email = uniqueEmail(role.toLowerCase());
  const invited = await gql<{ inviteMember: { token: string } }>(
    url,
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, role } },
    { token: inviter.token },
  );
  expect(invited.errors).toBeUndefined();
  const accepted = await gql<{ acceptInvitation: { token: string; user: { id: string }; workspace: { id: string } } }>(
    url,
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
    { input: { token: invited.data!.inviteMember.token, name: `New ${role}`, password: PASSWORD } },
  );
  expect(accepted.errors).toBeUndefined();
  const payload = accepted.data!.acceptInvitation;
  return { token: payload.token, cookie: refreshCookie(accepted)!, userId: payload.user.id, workspaceId: payload.workspace.id, email };
}

import { expect } from 'vitest';
import { gql, refreshCookie } from '../graphql-client.js';
import { PASSWORD, Session, uniqueEmail } from '../identity.js';

/** Invites a person with a (Chinese) name and language into the inviter's workspace; they accept and set their zone. */
export async function join(url: string, inviter: Session, person: { name: string; locale: 'zh-CN' | 'en'; timeZone?: string; role?: string }): Promise<Session & { name: string }> {
  const email = uniqueEmail('member');
  const invited = await gql<{ inviteMember: { token: string } }>(url, `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, role: person.role ?? 'MEMBER' } }, { token: inviter.token });
  expect(invited.errors).toBeUndefined();
  const accepted = await gql<{ acceptInvitation: { token: string; user: { id: string }; workspace: { id: string } } }>(url,
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id } workspace { id } } }`,
    { input: { token: invited.data!.inviteMember.token, name: person.name, password: PASSWORD } });
  expect(accepted.errors).toBeUndefined();
  const payload = accepted.data!.acceptInvitation;
  const session = { token: payload.token, cookie: refreshCookie(accepted)!, userId: payload.user.id, workspaceId: payload.workspace.id, email, name: person.name };
  await ok(url, session, `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { locale: person.locale } });
  if (person.timeZone) await ok(url, session, `mutation($z: String) { setNotificationTimeZone(timeZone: $z) { timeZone } }`, { z: person.timeZone });
  return session;
}

export async function ok<T = Record<string, unknown>>(url: string, caller: { token: string }, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(url, query, variables, { token: caller.token });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

export const SET_SMTP = `mutation($input: SmtpSettingsInput!) { setSmtpSettings(input: $input) { enabled host port secure from user passwordSecret passwordSet } }`;

/** The owner points the workspace at the loopback sink (allowed explicitly, as an internal mail server would be). */
export async function useSink(url: string, owner: Session, port: number, credentials = { user: 'baton', password: 'smtp-s3cret-密码' }): Promise<void> {
  await ok(url, owner, `mutation { setOutboundAllowList(hosts: ["127.0.0.1"]) }`);
  await ok(url, owner, SET_SMTP, { input: { host: '127.0.0.1', port, from: '"Baton 通知" <noreply@baton.example>', user: credentials.user, password: credentials.password } });
}

/** A process with a Chinese name and one user task (its extension elements given). */
export function processXml(id: string, name: string, taskName: string, assignment: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  id="d-${id}" targetNamespace="https://baton.example/test">
  <bpmn:process id="${id}" name="${name}" isExecutable="true">
    <bpmn:startEvent id="s" />
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
    <bpmn:userTask id="t" name="${taskName}"><bpmn:extensionElements>${assignment}</bpmn:extensionElements></bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" />
    <bpmn:endEvent id="e" />
  </bpmn:process>
</bpmn:definitions>`;
}

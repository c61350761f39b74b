import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf, gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { ok, SET_SMTP } from './notification-fixtures.js';

let baton: RunningBaton;
let owner: Session;
let member: Session;
let other: Session;

const GOOD = { host: '127.0.0.1', port: 2525, from: 'noreply@acme.example' };
const PREFS = `{ notificationPreferences { kinds { kind enabled } timeZone emailEnabled } }`;
const setPref = (caller: Session, kind: unknown, enabled: unknown) =>
  gql(baton.url, `mutation($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kinds { kind enabled } } }`, { k: kind, e: enabled }, { token: caller.token });

beforeAll(async () => {
  baton = await startTestApp();
  owner = await signUp(baton.url, { workspaceName: 'Acme' });
  member = await addMember(baton.url, owner, 'MEMBER');
  other = await signUp(baton.url, { workspaceName: 'Other' });
  await ok(baton.url, owner, `mutation { setOutboundAllowList(hosts: ["127.0.0.1"]) }`);
});
afterAll(() => baton?.stop());

describe('setSmtpSettings: bad input', () => {
  it.each([
    { title: 'empty host', input: { ...GOOD, host: '' }, field: 'host' },
    { title: 'host with a space', input: { ...GOOD, host: 'smtp example.com' }, field: 'host' },
    { title: 'host with a scheme', input: { ...GOOD, host: 'smtp://mail.example.com' }, field: 'host' },
    { title: 'port 0', input: { ...GOOD, port: 0 }, field: 'port' },
    { title: 'port 70000', input: { ...GOOD, port: 70000 }, field: 'port' },
    { title: 'from that is no address', input: { ...GOOD, from: 'Baton noreply' }, field: 'from' },
    { title: 'from with a newline (header injection)', input: { ...GOOD, from: 'a@b.example\r\nBcc: spy@evil.example' }, field: 'from' },
    { title: 'a password without a user', input: { ...GOOD, password: 'x' }, field: 'user' },
    { title: 'an empty password', input: { ...GOOD, user: 'baton', password: '' }, field: 'password' },
    { title: 'a user without a password or secret', input: { ...GOOD, user: 'baton' }, field: 'password' },
    { title: 'a secret name in lower case', input: { ...GOOD, user: 'baton', password: 'x', passwordSecret: 'smtp' }, field: 'passwordSecret' },
    { title: 'a private address not on the allow-list', input: { ...GOOD, host: '10.0.0.5' }, field: 'host', reason: 'SMTP_HOST_REFUSED' },
    { title: 'the cloud metadata address', input: { ...GOOD, host: '169.254.169.254' }, field: 'host', reason: 'SMTP_HOST_REFUSED' },
    { title: 'localhost (resolves to loopback)', input: { ...GOOD, host: 'localhost' }, field: 'host', reason: 'SMTP_HOST_REFUSED' },
    { title: 'IPv6 loopback', input: { ...GOOD, host: '::1' }, field: 'host', reason: 'SMTP_HOST_REFUSED' },
  ])('$title → BAD_USER_INPUT naming $field, nothing stored', async ({ input, field, reason }) => {
    // given an admin, when the settings are bad
    const result = await gql(baton.url, SET_SMTP, { input }, { token: owner.token });
    // then the error names the field, and neither settings nor a secret were written
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toContain(field);
    if (reason) expect(result.errors![0].extensions!.reason).toBe(reason);
    expect((await ok<{ smtpSettings: unknown }>(baton.url, owner, `{ smtpSettings { host } }`)).smtpSettings).toBeNull();
    expect((await ok<{ secrets: unknown[] }>(baton.url, owner, `{ secrets { name } }`)).secrets).toEqual([]);
  });

  it('is for admins only', async () => {
    // given a member, when they set SMTP, then FORBIDDEN
    const result = await gql(baton.url, SET_SMTP, { input: GOOD }, { token: member.token });
    expect(codeOf(result)).toBe('FORBIDDEN');
  });

  it('stores good settings, keeps the password as a secret and never returns or audits it', async () => {
    // given good settings with a password
    const password = 'p@ss-密码-s3cret';
    const saved = await ok<{ setSmtpSettings: Record<string, unknown> }>(baton.url, owner, SET_SMTP, { input: { ...GOOD, from: '"Acme 通知" <noreply@acme.example>', user: 'mailer', password } });
    // then the settings come back with the password only as "set"
    expect(saved.setSmtpSettings).toEqual({ enabled: true, host: '127.0.0.1', port: 2525, secure: false, from: '"Acme 通知" <noreply@acme.example>', user: 'mailer', passwordSecret: 'SMTP_PASSWORD', passwordSet: true });
    expect((await ok<{ secrets: { name: string }[] }>(baton.url, owner, `{ secrets { name } }`)).secrets).toEqual([{ name: 'SMTP_PASSWORD' }]);
    const stored = JSON.stringify(await baton.dataSource.query(`SELECT * FROM smtp_settings`)) + JSON.stringify(await baton.dataSource.query(`SELECT details FROM audit_events`));
    expect(stored).not.toContain(password);
    // when saved again without a password, then the secret stays
    const again = await ok<{ setSmtpSettings: { passwordSet: boolean } }>(baton.url, owner, SET_SMTP, { input: { ...GOOD, user: 'mailer' } });
    expect(again.setSmtpSettings.passwordSet).toBe(true);
    // and members see mail as enabled, another workspace does not
    expect((await ok<{ notificationPreferences: { emailEnabled: boolean } }>(baton.url, member, PREFS)).notificationPreferences.emailEnabled).toBe(true);
    expect((await ok<{ notificationPreferences: { emailEnabled: boolean } }>(baton.url, other, PREFS)).notificationPreferences.emailEnabled).toBe(false);
    expect((await ok<{ smtpSettings: unknown }>(baton.url, other, `{ smtpSettings { host } }`)).smtpSettings).toBeNull();
  });
});

describe('notification preferences', () => {
  it('are all on by default and change per member and workspace', async () => {
    // given a member with default preferences
    const all = (await ok<{ notificationPreferences: { kinds: { kind: string; enabled: boolean }[]; timeZone: string | null } }>(baton.url, member, PREFS)).notificationPreferences;
    expect(all.kinds).toEqual([{ kind: 'TASK_ASSIGNED', enabled: true }, { kind: 'TASK_SLA_REMINDER', enabled: true }, { kind: 'TASK_ESCALATION', enabled: true }]);
    expect(all.timeZone).toBeNull();
    // when they switch reminders off
    const result = await setPref(member, 'TASK_SLA_REMINDER', false);
    expect(result.errors).toBeUndefined();
    // then only theirs changed
    expect((await ok<{ notificationPreferences: { kinds: { kind: string; enabled: boolean }[] } }>(baton.url, member, PREFS)).notificationPreferences.kinds[1]).toEqual({ kind: 'TASK_SLA_REMINDER', enabled: false });
    expect((await ok<{ notificationPreferences: { kinds: { enabled: boolean }[] } }>(baton.url, owner, PREFS)).notificationPreferences.kinds.every((k) => k.enabled)).toBe(true);
    // and switching off twice, then on twice, is harmless
    expect((await setPref(member, 'TASK_SLA_REMINDER', false)).errors).toBeUndefined();
    expect((await setPref(member, 'TASK_SLA_REMINDER', true)).errors).toBeUndefined();
    expect((await setPref(member, 'TASK_SLA_REMINDER', true)).errors).toBeUndefined();
  });

  it.each([
    { title: 'invitations cannot be switched off', kind: 'INVITATION', enabled: false, code: 'BAD_USER_INPUT', field: 'kind' },
    { title: 'an unknown kind', kind: 'NEWSLETTER', enabled: false, code: 'BAD_USER_INPUT' },
    { title: 'a kind in lower case', kind: 'task_assigned', enabled: false, code: 'BAD_USER_INPUT' },
    { title: 'enabled as a string', kind: 'TASK_ASSIGNED', enabled: 'no', code: 'BAD_USER_INPUT' },
    { title: 'enabled missing', kind: 'TASK_ASSIGNED', enabled: null, code: 'BAD_USER_INPUT' },
  ])('setNotificationPreference refuses $title', async ({ kind, enabled, code, field }) => {
    // given bad arguments, when sent, then a typed error (naming the field where the server checks it)
    const result = await setPref(member, kind, enabled);
    expect(codeOf(result)).toBe(code);
    if (field) expect(fieldsOf(result)).toEqual([field]);
  });

  it.each([
    { title: 'an unknown zone', timeZone: 'Mars/Olympus' },
    { title: 'an offset, not a zone', timeZone: '+08:00' },
    { title: 'SQL-looking text', timeZone: "Asia/Shanghai'; --" },
    { title: 'a very long name', timeZone: `Asia/${'x'.repeat(100)}` },
  ])('setNotificationTimeZone refuses $title', async ({ timeZone }) => {
    // given a bad zone, when set, then BAD_USER_INPUT naming timeZone and nothing changed
    const result = await gql(baton.url, `mutation($z: String) { setNotificationTimeZone(timeZone: $z) { timeZone } }`, { z: timeZone }, { token: member.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['timeZone']);
    expect((await ok<{ notificationPreferences: { timeZone: string | null } }>(baton.url, member, PREFS)).notificationPreferences.timeZone).toBeNull();
  });

  it('sets and clears the time zone', async () => {
    // given a member, when they choose a zone and later clear it
    const set = await ok<{ setNotificationTimeZone: { timeZone: string } }>(baton.url, member, `mutation { setNotificationTimeZone(timeZone: "Europe/Berlin") { timeZone } }`);
    expect(set.setNotificationTimeZone.timeZone).toBe('Europe/Berlin');
    const cleared = await ok<{ setNotificationTimeZone: { timeZone: string | null } }>(baton.url, member, `mutation { setNotificationTimeZone(timeZone: null) { timeZone } }`);
    // then null means "by language" again
    expect(cleared.setNotificationTimeZone.timeZone).toBeNull();
  });

  it('needs a signed-in user', async () => {
    // given no token, when asking, then UNAUTHENTICATED
    expect(codeOf(await gql(baton.url, PREFS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(baton.url, `mutation { setNotificationPreference(kind: TASK_ASSIGNED, enabled: false) { timeZone } }`))).toBe('UNAUTHENTICATED');
  });
});

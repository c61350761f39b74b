import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { codeOf, fieldsOf, gql, refreshCookie } from './graphql-client.js';
import { PASSWORD, signUp, uniqueEmail } from './identity.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token role workspace { id } } }`;
const REFRESH = `mutation { refreshToken { token user { email } } }`;
const ME = `{ me { user { email } role } }`;

let baton: RunningBaton;
let url: string;
const countUsers = async () => Number((await baton.dataSource.query('SELECT count(*) AS n FROM users'))[0].n);

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
});
afterAll(() => baton?.stop());

describe('signUp', () => {
  it('creates the account, its workspace with the caller as owner, a refresh cookie and an audit event', async () => {
    // given a new email / when signing up
    const email = uniqueEmail();
    const result = await gql(url, SIGN_UP, { input: { email: email.toUpperCase(), password: PASSWORD, name: '王敏', workspaceName: '销售部' } });
    // then the owner is signed in
    expect(result.errors).toBeUndefined();
    const cookie = result.cookies.find((c) => c.startsWith('baton_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const token = (result.data as { signUp: { token: string } }).signUp.token;
    const me = await gql<{ me: { user: { email: string }; role: string } }>(url, ME, {}, { token });
    expect(me.data?.me).toEqual({ user: { email }, role: 'OWNER' });
    const audit = await baton.dataSource.query(`SELECT action FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE u.email = $1`, [email]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['auth.signed_up']);
  });

  it.each([
    { title: 'malformed email', input: { email: 'not-an-email' }, code: 'BAD_USER_INPUT', fields: ['email'] },
    { title: 'weak password', input: { password: 'short1' }, code: 'BAD_USER_INPUT', fields: ['password'] },
    { title: 'letters-only password', input: { password: 'onlyletterspassword' }, code: 'BAD_USER_INPUT', fields: ['password'] },
    { title: 'empty name', input: { name: '   ' }, code: 'BAD_USER_INPUT', fields: ['name'] },
    { title: 'empty workspace name', input: { workspaceName: '' }, code: 'BAD_USER_INPUT', fields: ['workspaceName'] },
    { title: 'unknown locale', input: { locale: 'fr' }, code: 'BAD_USER_INPUT', fields: ['locale'] },
    { title: 'several problems at once', input: { email: 'x', password: 'y' }, code: 'BAD_USER_INPUT', fields: ['email', 'password'] },
  ])('rejects $title with $code naming $fields and stores nothing', async ({ input, code, fields }) => {
    // given a bad input
    const before = await countUsers();
    // when signing up
    const result = await gql(url, SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD, name: 'A', workspaceName: 'W', ...input } });
    // then a typed error names the fields, and nothing changed
    expect(codeOf(result)).toBe(code);
    expect(fieldsOf(result)).toEqual(fields);
    expect(result.data).toBeNull();
    expect(await countUsers()).toBe(before);
  });

  it('rejects a duplicate sign-up (case-insensitive) with CONFLICT and changes nothing', async () => {
    const first = await signUp(url);
    const before = await countUsers();
    const result = await gql(url, SIGN_UP, { input: { email: ` ${first.email.toUpperCase()} `, password: PASSWORD, name: 'B', workspaceName: 'W2' } });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(fieldsOf(result)).toEqual(['email']);
    expect(await countUsers()).toBe(before);
  });

  it('answers in Chinese when the browser asks for zh-CN', async () => {
    const result = await gql(url, SIGN_UP, { input: { email: 'bad', password: PASSWORD, name: 'A', workspaceName: 'W' } }, { lang: 'zh-CN,zh;q=0.9' });
    expect(result.errors?.[0].extensions?.fields?.[0].message).toContain('邮箱');
  });
});

describe('login', () => {
  it('signs in with the right password and rejects a wrong one without saying which part was wrong', async () => {
    const user = await signUp(url);
    const ok = await gql(url, LOGIN, { input: { email: user.email, password: PASSWORD } }, { ip: '10.0.0.1' });
    expect(ok.errors).toBeUndefined();
    const wrong = await gql(url, LOGIN, { input: { email: user.email, password: 'wrong-password-1' } }, { ip: '10.0.0.1' });
    const unknown = await gql(url, LOGIN, { input: { email: uniqueEmail(), password: 'wrong-password-1' } }, { ip: '10.0.0.1' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password, and audits it', async () => {
    // given an account
    const user = await signUp(url);
    // when 5 wrong passwords are tried
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await gql(url, LOGIN, { input: { email: user.email, password: `wrong-pass-${i}` } }, { ip: '10.0.0.2' }))).toBe('UNAUTHENTICATED');
    }
    // then even the right password is refused for now
    const locked = await gql(url, LOGIN, { input: { email: user.email, password: PASSWORD } }, { ip: '10.0.0.3' });
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].message).toMatch(/15 minutes/);
    const actions = (await baton.dataSource.query(`SELECT action FROM audit_events WHERE workspace_id = $1 ORDER BY created_at`, [user.workspaceId]))
      .map((r: { action: string }) => r.action);
    expect(actions.filter((a: string) => a === 'auth.sign_in_failed')).toHaveLength(4);
    expect(actions).toContain('auth.locked_out');
    // and once the lock has passed, the right password works again
    await baton.dataSource.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE id = $1`, [user.userId]);
    expect((await gql(url, LOGIN, { input: { email: user.email, password: PASSWORD } }, { ip: '10.0.0.3' })).errors).toBeUndefined();
  });

  it('rate-limits one network address after 30 failures across any accounts', async () => {
    for (let i = 0; i < 30; i++) await gql(url, LOGIN, { input: { email: uniqueEmail(), password: 'wrong-pass-1' } }, { ip: '10.9.9.9' });
    const user = await signUp(url);
    const result = await gql(url, LOGIN, { input: { email: user.email, password: PASSWORD } }, { ip: '10.9.9.9' });
    expect(codeOf(result)).toBe('RATE_LIMITED');
  });
});

describe('tokens', () => {
  it.each([
    { title: 'no token', token: undefined },
    { title: 'garbage', token: 'not-a-jwt' },
    { title: 'forged signature', token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwid3MiOiIyIiwidHlwIjoiYWNjZXNzIn0.c2lnbmF0dXJl' },
    { title: 'alg none', token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwid3MiOiIyIiwidHlwIjoiYWNjZXNzIn0.' },
  ])('refuses $title with UNAUTHENTICATED', async ({ token }) => {
    expect(codeOf(await gql(url, ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired access token', async () => {
    const short = await startTestApp({ BATON_ACCESS_TOKEN_TTL: '1' });
    try {
      const user = await signUp(short.url);
      await new Promise((r) => setTimeout(r, 2100));
      expect(codeOf(await gql(short.url, ME, {}, { token: user.token }))).toBe('UNAUTHENTICATED');
    } finally {
      await short.stop();
    }
  });

  it('rotates the refresh token, and a reused one revokes the whole session family', async () => {
    // given a signed-in browser
    const user = await signUp(url);
    // when it refreshes
    const first = await gql<{ refreshToken: { token: string } }>(url, REFRESH, {}, { cookie: user.cookie });
    expect(first.errors).toBeUndefined();
    const rotated = refreshCookie(first)!;
    expect(rotated).not.toBe(user.cookie);
    // then the old cookie replayed (a thief) is refused, and the legitimate new one dies with it
    expect(codeOf(await gql(url, REFRESH, {}, { cookie: user.cookie }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(url, REFRESH, {}, { cookie: rotated }))).toBe('UNAUTHENTICATED');
    const audit = await baton.dataSource.query(`SELECT 1 FROM audit_events WHERE action = 'auth.refresh_token_reused' AND actor_id = $1`, [user.userId]);
    expect(audit).toHaveLength(1);
  });

  it('rotates a refresh token once when it is presented many times at the same instant: the rest count as reuse', async () => {
    // given a signed-in browser whose refresh cookie is sent by ten requests at once (two tabs, or a thief racing it)
    const user = await signUp(url);
    const results = await Promise.all(Array.from({ length: 10 }, () => gql<{ refreshToken: { token: string } }>(url, REFRESH, {}, { cookie: user.cookie })));
    // then at most one got a new session, the others UNAUTHENTICATED
    const rotated = results.filter((r) => !r.errors);
    expect(rotated.length).toBeLessThanOrEqual(1);
    expect(results.filter((r) => codeOf(r) === 'UNAUTHENTICATED')).toHaveLength(10 - rotated.length);
    // and the reuse revoked the whole family, the session just issued included, and was audited
    for (const r of rotated) expect(codeOf(await gql(url, REFRESH, {}, { cookie: refreshCookie(r) }))).toBe('UNAUTHENTICATED');
    const live = await baton.dataSource.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`, [user.userId]);
    expect(live[0].n).toBe(0);
    const audit = await baton.dataSource.query(`SELECT 1 FROM audit_events WHERE action = 'auth.refresh_token_reused' AND actor_id = $1`, [user.userId]);
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('logout revokes the refresh token', async () => {
    const user = await signUp(url);
    expect((await gql(url, `mutation { logout }`, {}, { cookie: user.cookie })).data).toEqual({ logout: true });
    expect(codeOf(await gql(url, REFRESH, {}, { cookie: user.cookie }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a refresh without a cookie or with an unknown one', async () => {
    expect(codeOf(await gql(url, REFRESH))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(url, REFRESH, {}, { cookie: 'baton_refresh=made-up' }))).toBe('UNAUTHENTICATED');
  });
});

describe('account', () => {
  it('changes the password after checking the current one, and signs out other sessions', async () => {
    const user = await signUp(url);
    const other = await gql(url, LOGIN, { input: { email: user.email, password: PASSWORD } }, { ip: '10.0.1.1' });
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await gql(url, CHANGE, { input: { currentPassword: 'nope-nope-1', newPassword: 'new-relay-2027' } }, { token: user.token });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual(['currentPassword']);
    const weak = await gql(url, CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'short' } }, { token: user.token });
    expect(fieldsOf(weak)).toEqual(['newPassword']);
    const ok = await gql(url, CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'new-relay-2027' } }, { token: user.token, cookie: user.cookie });
    expect(ok.data).toEqual({ changePassword: true });
    expect(codeOf(await gql(url, REFRESH, {}, { cookie: refreshCookie(other) }))).toBe('UNAUTHENTICATED');
    expect((await gql(url, REFRESH, {}, { cookie: user.cookie })).errors).toBeUndefined();
    expect(codeOf(await gql(url, LOGIN, { input: { email: user.email, password: PASSWORD } }, { ip: '10.0.1.2' }))).toBe('UNAUTHENTICATED');
  });

  it('updates the profile and rejects an unknown locale', async () => {
    const user = await signUp(url);
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name locale } }`;
    expect((await gql(url, UPDATE, { input: { name: '李伟', locale: 'zh-CN' } }, { token: user.token })).data).toEqual({ updateProfile: { name: '李伟', locale: 'zh-CN' } });
    const bad = await gql(url, UPDATE, { input: { locale: 'xx' } }, { token: user.token });
    expect(fieldsOf(bad)).toEqual(['locale']);
  });
});

import { RunningBaton } from '../../src/bootstrap.js';
import { SecretVault } from '../../src/modules/secret/secret-vault.service.js';
import { Db } from '../../src/database/db.service.js';
import { parseEnv } from '../../src/config/env.js';
import { startTestApp } from './app.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const KEY = 'k'.repeat(40);
const SET = `mutation($n: String!, $v: String!) { setSecret(name: $n, value: $v) { name updatedAt updatedById } }`;

let baton: RunningBaton;
let owner: Session;
let other: Session;

const call = (session: Session, query: string, variables: Record<string, unknown> = {}) => gql(baton.url, query, variables, { token: session.token });
/** What the plugin host will do: open named secrets in the workspace's own tenant transaction. */
const resolve = (session: Session, names: string[]) =>
  baton.app.get(Db).tenant({ workspaceId: session.workspaceId, userId: session.userId }, () => baton.app.get(SecretVault).resolve(names));

beforeAll(async () => {
  baton = await startTestApp({ BATON_SECRETS_KEY: KEY });
  owner = await signUp(baton.url);
  other = await signUp(baton.url);
});
afterAll(() => baton?.stop());

describe('connector secrets', () => {
  it('stores a sealed value that the API never returns and the vault opens for its workspace only', async () => {
    const set = await call(owner, SET, { n: 'SMTP_PASSWORD', v: 'p@ss-密码-123' });
    expect(set.errors).toBeUndefined();
    expect(JSON.stringify(set.data)).not.toContain('p@ss');
    const listed = await call(owner, `{ secrets { name } }`);
    expect(listed.data).toEqual({ secrets: [{ name: 'SMTP_PASSWORD' }] });
    const [row] = await baton.dataSource.query(`SELECT ciphertext, key_id FROM secrets WHERE workspace_id = $1`, [owner.workspaceId]);
    expect(Buffer.from(row.ciphertext, 'base64').toString('utf8')).not.toContain('p@ss');
    expect((await resolve(owner, ['SMTP_PASSWORD', 'MISSING'])).get('SMTP_PASSWORD')).toBe('p@ss-密码-123');
    expect((await resolve(other, ['SMTP_PASSWORD'])).size).toBe(0);
    // the audit log names the secret, never its value
    const log = await call(owner, `{ auditLog(first: 50) { nodes { action targetId details } } }`);
    expect(JSON.stringify(log.data)).toContain('"secret.set"');
    expect(JSON.stringify(log.data)).not.toContain('p@ss');
  });

  it('replaces and deletes', async () => {
    await call(owner, SET, { n: 'API_TOKEN', v: 'one' });
    await call(owner, SET, { n: 'API_TOKEN', v: 'two' });
    expect((await resolve(owner, ['API_TOKEN'])).get('API_TOKEN')).toBe('two');
    expect((await call(owner, `mutation { deleteSecret(name: "API_TOKEN") }`)).data).toEqual({ deleteSecret: true });
    expect(codeOf(await call(owner, `mutation { deleteSecret(name: "API_TOKEN") }`))).toBe('NOT_FOUND');
  });

  it.each([
    { title: 'a lower-case name', name: 'smtp_password', value: 'x', field: 'name' },
    { title: 'a name with a dash', name: 'SMTP-PASSWORD', value: 'x', field: 'name' },
    { title: 'an empty value', name: 'EMPTY', value: '', field: 'value' },
    { title: 'a value over 8 KiB', name: 'HUGE', value: 'x'.repeat(8_193), field: 'value' },
  ])('refuses $title, naming the field, storing nothing', async ({ name, value, field }) => {
    const result = await call(owner, SET, { n: name, v: value });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([field]);
    expect((await call(owner, `{ secrets { name } }`)).data).toEqual({ secrets: [{ name: 'SMTP_PASSWORD' }] });
  });

  it('is for admins only', async () => {
    const builder = await addMember(baton.url, owner, 'BUILDER');
    expect(codeOf(await call(builder, `{ secrets { name } }`))).toBe('FORBIDDEN');
    expect(codeOf(await call(builder, SET, { n: 'X', v: 'y' }))).toBe('FORBIDDEN');
  });

  it('rotateSecrets re-seals nothing while every value already uses the current key', async () => {
    expect((await call(owner, `mutation { rotateSecrets }`)).data).toEqual({ rotateSecrets: 0 });
  });

  it('rotates to a new key: with the old one as previous, values open and are re-sealed with the new one', async () => {
    const db = baton.app.get(Db);
    const env = (current: string, previous?: string) => ({ ...parseEnv({ NODE_ENV: 'test' }), BATON_SECRETS_KEY: current, BATON_SECRETS_KEY_PREVIOUS: previous });
    const scope = { workspaceId: owner.workspaceId, userId: owner.userId };
    const rotated = new SecretVault(db, env('n'.repeat(40), KEY), baton.dataSource);
    expect(await db.tenant(scope, () => rotated.reseal())).toBe(1);
    const [row] = await baton.dataSource.query(`SELECT key_id FROM secrets WHERE workspace_id = $1`, [owner.workspaceId]);
    const onlyNew = new SecretVault(db, env('n'.repeat(40)), baton.dataSource);
    expect((await db.tenant(scope, () => onlyNew.resolve(['SMTP_PASSWORD']))).get('SMTP_PASSWORD')).toBe('p@ss-密码-123');
    expect(row.key_id).toMatch(/^[0-9a-f]{16}$/);
  });
});

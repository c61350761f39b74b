import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { codeOf, gql } from './graphql-client.js';
import { signUp } from './identity.js';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

let baton: RunningBaton;
beforeAll(async () => {
  baton = await startTestApp();
});
afterAll(() => baton?.stop());

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${baton.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${baton.url}/readyz`);
    expect(ready.status).toBe(200);
  });
});

describe('embedded PostgreSQL', () => {
  // CI and `npm test` without DATABASE_URL run on the embedded server; an external one is reached as its URL says.
  it.skipIf(Boolean(process.env.DATABASE_URL))('is reached over its Unix socket (cheaper per query than TCP loopback)', async () => {
    expect(inject('databaseServerUrl')).toMatch(/[?&]host=%2F/);
    const [{ address }] = await baton.dataSource.query(`SELECT inet_server_addr() AS address`);
    expect(address).toBeNull(); // NULL: a Unix-socket connection
  });
});

describe('GraphQL limits', () => {
  it('refuses a query whose estimated cost exceeds the limit', async () => {
    const user = await signUp(baton.url);
    const fields = Array.from({ length: 600 }, (_, i) => `m${i}: members { role }`).join(' ');
    const result = await gql(baton.url, `{ ${fields} }`, {}, { token: user.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/too complex/);
  });

  it('turns introspection off in production', async () => {
    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const result = await gql(production.url, `{ __schema { queryType { name } } }`);
      expect(result.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await production.stop();
    }
  });
});

describe('start-up', () => {
  it.each([
    { variable: 'PORT', value: 'not-a-port' },
    { variable: 'DATABASE_URL', value: 'mysql://nope' },
    { variable: 'BATON_JWT_SECRET', value: 'too-short' },
  ])('stops with a message naming $variable and a non-zero exit code', async ({ variable, value }) => {
    expect(existsSync(MAIN)).toBe(true);
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH, [variable]: value } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('exit', (code) => done({ code, stderr }));
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`Baton cannot start: ${variable}`);
  });
});

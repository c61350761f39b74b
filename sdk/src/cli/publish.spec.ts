import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish } from './publish';

let scratch: string;
let tarball: string;
const bytes = Buffer.from('a packed plugin');
const sha = createHash('sha256').update(bytes).digest('hex');

const run = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const lines = { out: [] as string[], err: [] as string[] };
  const code = await publish(args, { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) }, env);
  return { code, ...lines };
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'publish-'));
  tarball = join(scratch, 'baton-plugin-demo-0.1.0.tgz');
  writeFileSync(tarball, bytes);
  writeFileSync(`${tarball}.sha256`, `${sha}  baton-plugin-demo-0.1.0.tgz\n`);
  writeFileSync(join(scratch, 'lonely.tgz'), bytes);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('baton-plugin publish', () => {
  it('sends the tarball and its recorded sha256 with the token, and prints what the server installed', async () => {
    // given a server that records the request (the real one is tested in server/test/integration/plugins)
    let seen: { auth?: string; body: string } = { body: '' };
    const server: Server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk.toString('latin1')));
      req.on('end', () => {
        seen = { auth: req.headers.authorization, body };
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ pluginId: 'demo', version: '0.1.0', connectors: [{ type: 'demo:hello', version: '0.1.0' }] }));
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // when published with the token from the environment
      const result = await run(['--server', url, tarball], { BATON_TOKEN: 'tok' });
      // then the upload carried the bytes, the sha256 and the bearer token
      expect(result).toEqual({ code: 0, out: [`Installed demo@0.1.0 on ${url}: demo:hello@0.1.0`], err: [] });
      expect(seen.auth).toBe('Bearer tok');
      expect(seen.body).toContain('name="sha256"');
      expect(seen.body).toContain(sha);
      expect(seen.body).toContain('a packed plugin');
    } finally {
      server.close();
    }
  });

  it.each([
    ['no server', ['--token', 't', 'x.tgz'], 2, /needs a tarball, a server and a token/],
    ['no tarball', ['--server', 'http://localhost:1', '--token', 't'], 2, /needs a tarball/],
    ['a missing file', ['--server', 'http://localhost:1', '--token', 't', 'missing.tgz'], 1, /is not a file; run baton-plugin pack first/],
    ['a sha256 that is not the file’s', ['--server', 'http://localhost:1', '--token', 't', '--sha256', 'ab'.repeat(32), 'TARBALL'], 1, /not the abab.* recorded for it/],
    ['a tarball without its .sha256', ['--server', 'http://localhost:1', '--token', 't', 'LONELY'], 1, /lonely.tgz.sha256 is missing/],
    ['an unreachable server', ['--server', 'http://127.0.0.1:1', '--token', 't', 'TARBALL'], 1, /Could not reach/],
  ])('refuses %s', async (_title, args, code, message) => {
    const result = await run(args.map((a) => (a === 'TARBALL' ? tarball : a === 'LONELY' ? join(scratch, 'lonely.tgz') : a)));
    expect(result.code).toBe(code);
    expect(result.err[0]).toMatch(message);
  });
});

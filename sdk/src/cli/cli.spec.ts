import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { runCli } from './commands';

const SDK = resolve(__dirname, '../..');
const REPO = resolve(SDK, '..');
let scratch: string;
const io = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) } };
};

beforeAll(() => {
  // Inside the repository, so the scaffold resolves @baton/sdk, zod and typescript from its node_modules.
  scratch = mkdtempSync(join(SDK, '.cli-test-'));
  if (!existsSync(join(SDK, 'dist/index.js'))) spawnSync('npm', ['run', 'build'], { cwd: SDK, stdio: 'ignore' });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('baton-plugin', () => {
  it('create scaffolds a plugin that builds, passes its own tests, validates and packs with a sha256', async () => {
    const folder = join(scratch, 'hello-plugin');
    const created = io();
    expect(await runCli(['create', folder], created.io, '0.1.0')).toBe(0);
    const built = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', folder], { encoding: 'utf8' });
    expect(built.stdout + built.stderr).toBe('');
    const tested = spawnSync(process.execPath, ['--test', join(folder, 'dist')], { encoding: 'utf8' });
    expect(tested.status).toBe(0);
    expect(tested.stdout).toMatch(/# pass 2/);
    const validated = io();
    expect(await runCli(['validate', folder], validated.io, '0.1.0')).toBe(0);
    expect(validated.lines.out).toEqual(['OK hello-plugin@0.1.0: hello-plugin:hello@0.1.0']);
    const packed = io();
    expect(await runCli(['pack', folder], packed.io, '0.1.0')).toBe(0);
    const tarball = join(folder, 'baton-plugin-hello-plugin-0.1.0.tgz');
    const sha = createHash('sha256').update(readFileSync(tarball)).digest('hex');
    expect(readFileSync(`${tarball}.sha256`, 'utf8')).toBe(`${sha}  baton-plugin-hello-plugin-0.1.0.tgz\n`);
  }, 120_000);

  it('validate lists every manifest problem and fails', async () => {
    const folder = join(scratch, 'broken');
    await runCli(['create', folder], io().io, '0.1.0');
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    pkg.version = 'one';
    pkg.baton.connectors = ['Bad Type'];
    writeFileSync(join(folder, 'package.json'), JSON.stringify(pkg));
    const result = io();
    expect(await runCli(['validate', folder], result.io, '0.1.0')).toBe(1);
    expect(result.lines.err.map((line) => line.split(':')[0]).sort()).toEqual(['baton.connectors.0', 'version']);
  });

  it('create refuses a bad id or a folder that is not empty, and unknown commands show the usage', async () => {
    const bad = io();
    expect(await runCli(['create', join(scratch, 'x'), '--id', 'Not Valid'], bad.io, '0.1.0')).toBe(2);
    expect(bad.lines.err[0]).toMatch(/not a plugin id/);
    const busy = io();
    expect(await runCli(['create', join(scratch, 'hello-plugin')], busy.io, '0.1.0')).toBe(1);
    const unknown = io();
    expect(await runCli(['frobnicate'], unknown.io, '0.1.0')).toBe(2);
    expect(unknown.lines.err[0]).toMatch(/^baton-plugin <command>/);
  });
});

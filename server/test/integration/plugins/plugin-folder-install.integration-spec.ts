import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningBaton } from '../../../src/bootstrap.js';
import { startTestApp } from '../app.js';
import { gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { FIXTURES } from './plugin-packages.js';

/** installPluginFromFolder: a folder inside BATON_PLUGIN_INSTALL_ROOTS installs at run time; anything else is refused. */
let baton: RunningBaton;
let owner: Session;
let member: Session;
const dataDir = mkdtempSync(join(tmpdir(), 'baton-data-'));
const outside = mkdtempSync(join(tmpdir(), 'baton-outside-'));
const linkRoot = mkdtempSync(join(tmpdir(), 'baton-roots-'));

const INSTALL = `mutation($path: String!) { installPluginFromFolder(path: $path) { pluginId version } }`;
const LIST = `query { installedPlugins { pluginId versions { version } } }`;
const install = (path: string, caller: Session = owner) =>
  gql<{ installPluginFromFolder: { pluginId: string; version: string } }>(baton.url, INSTALL, { path }, caller);

beforeAll(async () => {
  baton = await startTestApp({ BATON_PLUGIN_INSTALL_ROOTS: [FIXTURES, linkRoot].join(','), BATON_DATA_DIR: dataDir });
  owner = await signUp(baton.url);
  member = await addMember(baton.url, owner, 'MEMBER');
  // a link inside a root that leads out of every root, to a folder that looks like a plugin
  mkdirSync(join(outside, 'pkg'));
  writeFileSync(join(outside, 'pkg', 'package.json'), '{"name":"escape","version":"1.0.0"}');
  symlinkSync(join(outside, 'pkg'), join(linkRoot, 'escape'));
}, 120_000);
afterAll(async () => {
  await baton?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  rmSync(linkRoot, { recursive: true, force: true });
});

describe('installPluginFromFolder', () => {
  it.each<{ title: string; path: string }>([
    { title: 'a relative path', path: 'versioned' },
    { title: 'a folder outside the install roots', path: '/etc' },
    { title: 'a path climbing out of a root', path: `${FIXTURES}/../../../src` },
    { title: 'a folder without package.json', path: FIXTURES },
    { title: 'a link inside a root that leads out of the roots', path: join(linkRoot, 'escape') },
  ])('refuses $title, naming path, and installs nothing', async ({ path }) => {
    const result = await install(path);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((field) => field.key)).toEqual(['path']);
    const listed =
      (await gql<{ installedPlugins: Array<{ pluginId: string }> }>(baton.url, LIST, {}, owner)).data
        ?.installedPlugins ?? [];
    expect(listed.map((plugin) => plugin.pluginId)).not.toContain('versioned');
  });

  it('refuses a member (admins install)', async () => {
    const result = await install(join(FIXTURES, 'versioned'), member);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('installs a folder inside a root without a restart, recorded like an upload', async () => {
    // when
    const result = await install(join(FIXTURES, 'versioned'));

    // then
    expect(result.errors).toBeUndefined();
    expect(result.data?.installPluginFromFolder).toMatchObject({ pluginId: 'versioned', version: '1.0.0' });
    const listed = (
      await gql<{ installedPlugins: Array<{ pluginId: string; versions: Array<{ version: string }> }> }>(
        baton.url,
        LIST,
        {},
        owner,
      )
    ).data?.installedPlugins;
    expect(listed?.find((plugin) => plugin.pluginId === 'versioned')?.versions.map((v) => v.version)).toContain(
      '1.0.0',
    );
    // the same folder again changes nothing
    expect((await install(join(FIXTURES, 'versioned'))).data?.installPluginFromFolder.version).toBe('1.0.0');
  });
});

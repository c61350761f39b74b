import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningBaton } from '../../../src/bootstrap.js';
import { tarball } from '../../fixtures/tar-writer.js';
import { startTestApp } from '../app.js';
import { addMember, Session, signUp } from '../identity.js';
import { FIXTURES, sha256, upload, UploadResult, VersionedPlugin } from './plugin-packages.js';

/** Refused uploads to POST /api/plugins: each names the offending field or archive member, and nothing is stored. */
let baton: RunningBaton;
let owner: Session;
let member: Session;
let builder: Session;
const versioned = new VersionedPlugin();
let good: { bytes: Buffer; sha256: string };
const dataDir = mkdtempSync(join(tmpdir(), 'baton-data-'));

const INDEX = `const { defineConnector, definePlugin } = require('@baton/sdk');
const { z } = require('zod');
const connector = (type) => defineConnector({ type, version: '1.0.0', name: { 'zh-CN': type, en: type }, inputs: z.object({}), outputs: z.object({}), execute: async () => ({}) });
module.exports = definePlugin({ connectors: TYPES.map(connector) });`;

/** A hand-made package: package.json from `baton` overrides, index.js exporting `exported` connector types. */
function hand(pkg: Record<string, unknown>, exported: string[] = ['test:hand'], extra: { path: string; data: string }[] = []): Buffer {
  const manifest = { name: 'baton-plugin-hand', version: '1.0.0', main: 'index.js', ...pkg, baton: { id: 'hand', name: { 'zh-CN': '手工', en: 'Hand' }, sdk: '^0.1.0', connectors: ['test:hand'], ...(pkg.baton as object) } };
  return tarball([
    { path: 'package/package.json', data: JSON.stringify(manifest) },
    { path: 'package/index.js', data: INDEX.replace('TYPES', JSON.stringify(exported)) },
    ...extra,
  ]);
}

beforeAll(async () => {
  baton = await startTestApp({ BATON_PLUGIN_DIRS: `${FIXTURES}/misbehaving`, BATON_DATA_DIR: dataDir });
  owner = await signUp(baton.url);
  member = await addMember(baton.url, owner, 'MEMBER');
  builder = await addMember(baton.url, owner, 'BUILDER');
  good = await versioned.pack('1.0.0');
}, 120_000);
afterAll(async () => {
  versioned.remove();
  await baton?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const send = (bytes: Buffer, integrity = sha256(bytes), token = owner.token) => upload(baton.url, token, bytes, integrity);
const outcome = ({ status, body }: UploadResult) => ({
  status, code: body.errors?.[0]?.extensions.code, reason: body.errors?.[0]?.extensions.reason, fields: (body.errors?.[0]?.extensions.fields ?? []).map((f) => f.key).sort(),
});

describe('POST /api/plugins refuses bad input', () => {
  it.each([
    { title: 'no token', call: () => upload(baton.url, undefined, good.bytes, good.sha256), status: 401, code: 'UNAUTHENTICATED', fields: [] },
    { title: 'a member (not an admin)', call: () => send(good.bytes, good.sha256, member.token), status: 403, code: 'FORBIDDEN', fields: [] },
    { title: 'a builder (not an admin)', call: () => send(good.bytes, good.sha256, builder.token), status: 403, code: 'FORBIDDEN', fields: [] },
    { title: 'no tarball', call: () => upload(baton.url, owner.token, undefined, good.sha256), status: 400, reason: 'NO_TARBALL', fields: ['tarball'] },
    { title: 'no sha256', call: () => upload(baton.url, owner.token, good.bytes), status: 400, reason: 'NO_INTEGRITY', fields: ['sha256'] },
    { title: 'a sha256 of other bytes (bad integrity)', call: () => send(good.bytes, sha256(Buffer.from('other'))), status: 400, reason: 'INTEGRITY_MISMATCH', fields: ['sha256'] },
    { title: 'bytes changed on the way', call: () => { const bytes = Buffer.from(good.bytes); bytes[bytes.length - 9] ^= 1; return send(bytes, good.sha256); }, status: 400, reason: 'INTEGRITY_MISMATCH', fields: ['sha256'] },
    { title: 'not a tarball', call: () => send(Buffer.from('PK\u0003\u0004 a zip')), status: 400, reason: 'BAD_TARBALL', fields: ['tarball'] },
    { title: 'a member that climbs out of the folder', call: () => send(hand({}, undefined, [{ path: 'package/../../evil.js', data: 'x' }])), status: 400, reason: 'BAD_TARBALL', fields: ['package/../../evil.js'] },
    { title: 'an SDK range this server is not in', call: () => send(hand({ baton: { sdk: '^9.0.0' } })), status: 400, reason: 'SDK_RANGE', fields: ['baton.sdk'] },
    { title: 'an invalid manifest', call: () => send(hand({ version: 'one', baton: { id: 'Not Valid' } })), status: 400, reason: 'INVALID_MANIFEST', fields: ['baton.id', 'version'] },
    { title: 'a main module that is not in the tarball', call: () => send(hand({ main: 'dist/index.js' })), status: 400, reason: 'INVALID_MANIFEST', fields: ['main'] },
    { title: 'code that does not export what its manifest lists', call: () => send(hand({ baton: { connectors: ['test:hand', 'test:missing'] } })), status: 400, reason: 'INVALID_PLUGIN', fields: ['test:missing'] },
    { title: 'a connector type of another plugin', call: () => send(hand({ baton: { connectors: ['test:echo'] } }, ['test:echo'])), status: 409, reason: 'TYPE_TAKEN', fields: ['test:echo'] },
  ])('$title → $status $fields', async ({ call, status, code, reason, fields }) => {
    // when the upload is sent / then it is refused with the code, reason and offending keys
    const result = outcome(await call());
    expect(result).toEqual(expect.objectContaining({ status, fields, ...(code ? { code } : {}), ...(reason ? { reason } : {}) }));
  });

  it('stored nothing for any of them; the good tarball then installs, and once more is the same installation', async () => {
    expect(await baton.dataSource.query(`SELECT count(*)::int AS n FROM plugins`)).toEqual([{ n: 0 }]);
    const first = await send(good.bytes, good.sha256);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ pluginId: 'versioned', version: '1.0.0', sha256: good.sha256, source: 'UPLOAD' });
    const again = await send(good.bytes, `${good.sha256}  baton-plugin-versioned-1.0.0.tgz`);
    expect(again.body.id).toBe(first.body.id);
    // a different build under the same version is refused
    const rebuilt = hand({ name: 'baton-plugin-versioned', baton: { id: 'versioned', connectors: ['test:version'] } }, ['test:version']);
    expect(outcome(await send(rebuilt))).toEqual({ status: 409, code: 'CONFLICT', reason: 'VERSION_EXISTS', fields: ['version'] });
  });
});

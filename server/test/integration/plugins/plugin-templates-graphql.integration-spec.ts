import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RunningBaton } from '../../../src/bootstrap.js';
import { PLUGIN_BASE64_MAX_BYTES } from '../../../src/modules/plugin/plugin-install.service.js';
import { startTestApp } from '../app.js';
import { codeOf, fieldsOf, gql } from '../graphql-client.js';
import { addMember, Session, signUp } from '../identity.js';
import { FIXTURES, sha256, VersionedPlugin } from './plugin-packages.js';

/**
 * The modeller's connector element templates (`connectorTemplates`) and installing a plugin through GraphQL
 * (`installPluginFromBase64`), on a real PostgreSQL, with the fixture plugin "crm" as a folder plugin.
 */
let baton: RunningBaton;
let owner: Session;
let builder: Session;
let member: Session;
const versioned = new VersionedPlugin();

type Template = { pluginId: string; pluginVersion: string; type: string; version: string; template: Record<string, unknown> & { properties: Record<string, unknown>[] }; templateZhCN: { name: string } };
const TEMPLATES = `{ connectorTemplates { pluginId pluginVersion type version template templateZhCN } }`;
const INSTALL = `mutation($tarball: String!, $sha256: String!) { installPluginFromBase64(tarball: $tarball, sha256: $sha256) { pluginId version source sha256 connectors { type version } } }`;
const templates = async (session = owner) => gql<{ connectorTemplates: Template[] }>(baton.url, TEMPLATES, {}, { token: session.token });

beforeAll(async () => {
  baton = await startTestApp({ BATON_PLUGIN_DIRS: join(FIXTURES, 'crm') });
  owner = await signUp(baton.url);
  builder = await addMember(baton.url, owner, 'BUILDER');
  member = await addMember(baton.url, owner, 'MEMBER');
}, 60_000);
afterAll(async () => {
  versioned.remove();
  await baton?.stop();
});

describe('connectorTemplates', () => {
  it('gives a builder the Camunda element template of each connector of the enabled plugins', async () => {
    // when a builder asks for the templates
    const answer = await templates(builder);
    // then the crm folder plugin's connector has one, generated from its definition
    expect(answer.errors).toBeUndefined();
    const [crm] = answer.data!.connectorTemplates;
    expect(crm).toMatchObject({ pluginId: 'crm', pluginVersion: '1.2.0', type: 'test:crm:create-lead', version: '1.2.0', templateZhCN: { name: '创建线索' } });
    expect(crm.template).toMatchObject({
      $schema: expect.stringContaining('zeebe-element-templates-json-schema'), id: 'test:crm:create-lead', name: 'Create lead', version: 10200,
      appliesTo: ['bpmn:Task'], elementType: { value: 'bpmn:ServiceTask' },
    });
    // the job type hidden, inputs as zeebe:input (the enum as a dropdown), the secret field as a {{secrets.X}} header
    expect(crm.template.properties).toEqual(expect.arrayContaining([
      { type: 'Hidden', value: 'test:crm:create-lead', binding: { type: 'zeebe:taskDefinition', property: 'type' } },
      expect.objectContaining({ label: 'Email', binding: { type: 'zeebe:input', name: 'email' }, constraints: { notEmpty: true } }),
      expect.objectContaining({ label: 'Priority', type: 'Dropdown', value: 'low', binding: { type: 'zeebe:input', name: 'priority' } }),
      expect.objectContaining({ label: 'API key', value: '{{secrets.API_KEY}}', binding: { type: 'zeebe:taskHeader', key: 'apiKey' } }),
      expect.objectContaining({ value: 'result', binding: { type: 'zeebe:taskHeader', key: 'resultVariable' } }),
    ]));
  });

  it('refuses a member, and leaves out a plugin the workspace disabled', async () => {
    expect(codeOf(await templates(member))).toBe('FORBIDDEN');
    await gql(baton.url, `mutation { setPluginEnabled(pluginId: "crm", enabled: false) { enabled } }`, {}, { token: owner.token });
    expect((await templates()).data!.connectorTemplates).toEqual([]);
    await gql(baton.url, `mutation { setPluginEnabled(pluginId: "crm", enabled: true) { enabled } }`, {}, { token: owner.token });
    expect((await templates()).data!.connectorTemplates.map((t) => t.type)).toEqual(['test:crm:create-lead']);
  });
});

describe('installPluginFromBase64', () => {
  let v1: { bytes: Buffer; sha256: string };

  beforeAll(async () => {
    v1 = await versioned.pack('1.0.0');
  }, 60_000);

  const install = (tarball: string, integrity: string, session = owner) => gql<{ installPluginFromBase64: { pluginId: string; version: string; source: string; sha256: string; connectors: { type: string }[] } }>(
    baton.url, INSTALL, { tarball, sha256: integrity }, { token: session.token },
  );

  it.each([
    { title: 'a builder', session: () => builder, tarball: () => v1.bytes.toString('base64'), integrity: () => v1.sha256, code: 'FORBIDDEN', fields: [] },
    { title: 'text that is not base64', session: () => owner, tarball: () => 'not base64!', integrity: () => v1.sha256, code: 'BAD_USER_INPUT', fields: ['tarball'] },
    { title: 'more than the limit', session: () => owner, tarball: () => 'A'.repeat(Math.ceil(PLUGIN_BASE64_MAX_BYTES / 3) * 4 + 4), integrity: () => v1.sha256, code: 'BAD_USER_INPUT', fields: ['tarball'] },
    { title: 'a sha256 that does not match', session: () => owner, tarball: () => v1.bytes.toString('base64'), integrity: () => '0'.repeat(64), code: 'BAD_USER_INPUT', fields: ['sha256'] },
    { title: 'an empty sha256', session: () => owner, tarball: () => v1.bytes.toString('base64'), integrity: () => '', code: 'BAD_USER_INPUT', fields: ['sha256'] },
    { title: 'bytes that are not a tarball', session: () => owner, tarball: () => gzipSync('hello').toString('base64'), integrity: () => sha256(gzipSync('hello')), code: 'BAD_USER_INPUT', fields: ['tarball'] },
  ])('refuses $title and installs nothing', async ({ session, tarball, integrity, code, fields }) => {
    const answer = await install(tarball(), integrity(), session());
    expect(codeOf(answer)).toBe(code);
    if (fields.length > 0) expect(fieldsOf(answer)).toEqual(fields);
    expect(await baton.dataSource.query(`SELECT count(*)::int AS n FROM plugins`)).toEqual([{ n: 0 }]);
  });

  it('installs a packed plugin sent as base64 (the same as the upload), and its connector gets a template', async () => {
    // when an admin installs v1 through GraphQL
    const answer = await install(v1.bytes.toString('base64'), v1.sha256);
    // then it is installed as an upload
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.installPluginFromBase64).toEqual({ pluginId: 'versioned', version: '1.0.0', source: 'UPLOAD', sha256: v1.sha256, connectors: [{ type: 'test:version', version: '1.0.0' }] });
    // and the same bytes again answer the same installation
    expect((await install(v1.bytes.toString('base64'), `${v1.sha256}  ${'x.tgz'}`)).data!.installPluginFromBase64.version).toBe('1.0.0');
    // and the modeller now offers its connector, at the highest version once v2 is installed
    const v2 = await versioned.pack('2.0.0');
    const second = await install(readFileSync(v2.tarball).toString('base64'), v2.sha256);
    expect(second.errors).toBeUndefined(); // (once seen failing on a loaded CI machine: name the cause if it comes back)
    expect(second.data!.installPluginFromBase64.version).toBe('2.0.0');
    const all = (await templates()).data!.connectorTemplates;
    expect(all.map((t) => [t.pluginId, t.pluginVersion, t.type])).toEqual([['crm', '1.2.0', 'test:crm:create-lead'], ['versioned', '2.0.0', 'test:version']]);
  }, 60_000);
});

import { PluginCatalogue, PluginVersion, versionOrder } from './plugin-catalogue.js';

const version = (pluginId: string, v: string, workspaceId: string | null, types = ['demo:run']): PluginVersion => ({
  pluginId, version: v, name: { en: pluginId, 'zh-CN': pluginId }, folder: `/data/${pluginId}-${v}`, workspaceId, rowId: workspaceId ? `${pluginId}-${v}` : null,
  connectors: types.map((type) => ({ type, version: v, secrets: [], inputs: [] })), triggers: [],
});

describe('versionOrder', () => {
  it('sorts like semver under byte order (COLLATE "C"), a release after its pre-releases', () => {
    // given versions that sort wrongly as plain text
    const versions = ['10.0.0', '2.0.0', '2.0.0-rc.1', '2.10.0', '2.9.1', '0.1.0'];
    // when sorted by their order key, byte-wise as PostgreSQL's "C" collation does
    const sorted = [...versions].sort((a, b) => Buffer.compare(Buffer.from(versionOrder(a)), Buffer.from(versionOrder(b))));
    // then the order is semver's
    expect(sorted).toEqual(['0.1.0', '2.0.0-rc.1', '2.0.0', '2.9.1', '2.10.0', '10.0.0']);
  });
});

describe('PluginCatalogue', () => {
  it('offers a workspace its own versions and the folder plugins, highest first, never another workspace’s', () => {
    const catalogue = new PluginCatalogue();
    catalogue.addFolder(version('mail', '1.0.0', null, ['mail:send']));
    catalogue.setInstalled([version('demo', '1.0.0', 'ws-a'), version('demo', '1.10.0', 'ws-a'), version('demo', '1.2.0', 'ws-a'), version('demo', '9.0.0', 'ws-b')]);
    expect(catalogue.providers('ws-a', 'demo:run').map((v) => v.version)).toEqual(['1.10.0', '1.2.0', '1.0.0']);
    expect(catalogue.providers('ws-c', 'demo:run')).toEqual([]);
    expect(catalogue.providers('ws-c', 'mail:send').map((v) => v.pluginId)).toEqual(['mail']);
    expect([...catalogue.types()].sort()).toEqual(['demo:run', 'mail:send']);
  });
});

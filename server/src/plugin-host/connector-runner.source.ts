/**
 * The program a connector runs in: a separate Node process started with `-e`, no environment variables, a small
 * heap, Node's permission model (reads only the plugin, the SDK and node_modules; no child processes, no workers) and
 * IPC to the server. It answers `describe` (the plugin's connectors and triggers), `templates` (the connectors' element templates),
 * `run` (one job) and `trigger` (one inbound event's payload mapped to a message) messages, one at a time
 * (the pool sends the next only after the answer), each answer carrying the message's id.
 */
export const CONNECTOR_RUNNER_SOURCE = `
const { runConnector, runTrigger, maskingLogger, validatePluginDefinition, parsePluginManifest, connectorElementTemplate } = require(process.argv[1]);
const { guardedFetch, resolvePublicHost } = require(process.argv[2]);
const fs = require('node:fs');
const path = require('node:path');
// An installed tarball has no node_modules of its own for the SDK: @baton/sdk and zod (the contract's schemas) come
// from the server's copy when the plugin does not bundle them. Nothing else is lent to it.
const Module = require('node:module');
const resolveFilename = Module._resolveFilename;
const sdkFolder = path.dirname(process.argv[1]);
Module._resolveFilename = function (request, parent, isMain, options) {
  try {
    return resolveFilename.call(this, request, parent, isMain, options);
  } catch (error) {
    if (!/^(@baton[/]sdk|zod)([/]|$)/.test(request)) throw error;
    return resolveFilename.call(this, request, parent, isMain, { paths: [sdkFolder] });
  }
};
let current = null;
const send = (message) => process.send({ ...message, id: current });
function load(folder) {
  const manifest = parsePluginManifest(JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')));
  const mod = require(path.join(folder, manifest.main));
  return { manifest, plugin: validatePluginDefinition(manifest, mod.default ?? mod) };
}
process.on('message', async (message) => {
  current = message.id;
  try {
    const { manifest, plugin } = load(message.folder);
    if (message.kind === 'describe') {
      send({ kind: 'result', value: { id: manifest.id, version: manifest.version, name: manifest.name, connectors: plugin.connectors.map((c) => ({ type: c.type, version: c.version, secrets: [...c.secrets], files: [...(c.files || [])], inputs: Object.keys(c.inputs.shape) })), triggers: plugin.triggers.map((t) => ({ type: t.type, version: t.version })) } });
      return;
    }
    if (message.kind === 'templates') {
      send({ kind: 'result', value: plugin.connectors.map((c) => ({ type: c.type, version: c.version, en: connectorElementTemplate(c, 'en'), zh: connectorElementTemplate(c, 'zh-CN') })) });
      return;
    }
    if (message.kind === 'trigger') {
      const trigger = plugin.triggers.find((t) => t.type === message.type);
      if (!trigger) throw new Error('The plugin has no trigger ' + message.type);
      const logger = maskingLogger([], (level, line) => send({ kind: 'log', level, line }));
      send({ kind: 'result', value: await runTrigger(trigger, message.payload, { workspaceId: message.workspaceId, logger }) });
      return;
    }
    const connector = plugin.connectors.find((c) => c.type === message.type);
    if (!connector) throw new Error('The plugin has no connector ' + message.type);
    const controller = new AbortController();
    const ctx = {
      ...message.ctx,
      logger: maskingLogger(message.secretValues, (level, line) => send({ kind: 'log', level, line })),
      fetch: (url, init) => guardedFetch(url, { ...init, allowHosts: message.allowHosts }),
      resolveHost: (host, port) => resolvePublicHost(host, port, message.allowHosts),
      signal: controller.signal,
    };
    send({ kind: 'result', value: await runConnector(connector, message.input, ctx) });
  } catch (error) {
    send({ kind: 'error', name: error && error.name, message: String((error && error.message) || error), problems: error && error.problems });
  }
});
`;

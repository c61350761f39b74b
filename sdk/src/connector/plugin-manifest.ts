import { z } from 'zod';
import { ConnectorContractError, ConnectorProblem, problem } from './connector-errors.js';
import type { PluginDefinition } from './define-connector.js';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const TYPE = /^[a-z0-9][a-z0-9-]*(?::[a-z0-9][a-z0-9-]*)+$/;
const HOST = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

const localized = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) });

/** The `baton` section of a plugin's package.json. */
export const pluginManifestSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes, 2–63 characters'),
  name: localized,
  /** The @baton/sdk versions the plugin works with, a semver range such as ^0.1.0 */
  sdk: z.string().min(1),
  connectors: z.array(z.string().regex(TYPE, 'a job type such as baton:http:request')).default([]),
  triggers: z.array(z.string().regex(TYPE, 'a trigger type such as baton:email:received')).default([]),
  secrets: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'upper-case secret names such as SMTP_PASSWORD')).default([]),
  permissions: z.object({ outboundHosts: z.array(z.string().regex(HOST, 'a host name, optionally *.domain or host:port')).default([]) }).default({ outboundHosts: [] }),
});

export type PluginManifest = z.infer<typeof pluginManifestSchema> & { packageName: string; version: string; main: string };

/** Reads and checks a plugin package.json; every problem is named by its path (`baton.sdk`, `version`, …). */
export function parsePluginManifest(packageJson: unknown): PluginManifest {
  const problems: ConnectorProblem[] = [];
  const pkg = (packageJson && typeof packageJson === 'object' ? packageJson : {}) as Record<string, unknown>;
  if (typeof pkg.name !== 'string' || pkg.name === '') problems.push(problem('name', 'The package needs a name.', '包需要名称。'));
  if (typeof pkg.version !== 'string' || !SEMVER.test(pkg.version)) problems.push(problem('version', 'The package version must be semver (1.2.3).', '包版本须为语义化版本（1.2.3）。'));
  if (typeof pkg.main !== 'string' || pkg.main === '') problems.push(problem('main', 'Name the plugin entry module in "main".', '请在 main 中指定插件入口模块。'));
  const parsed = pluginManifestSchema.safeParse(pkg.baton);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(problem(['baton', ...issue.path.map(String)].join('.'), issue.message, `清单无效：${issue.message}`));
  }
  if (problems.length > 0 || !parsed.success) throw new ConnectorContractError('INVALID_MANIFEST', problems);
  return { ...parsed.data, packageName: pkg.name as string, version: pkg.version as string, main: pkg.main as string };
}

/** Checks what the plugin's module exports against its manifest: the same connector and trigger types, valid versions. */
export function validatePluginDefinition(manifest: PluginManifest, plugin: unknown): PluginDefinition {
  const problems: ConnectorProblem[] = [];
  const candidate = plugin as Partial<PluginDefinition> | null;
  if (!candidate || !Array.isArray(candidate.connectors) || !Array.isArray(candidate.triggers)) {
    throw new ConnectorContractError('INVALID_PLUGIN', [problem('default', 'The main module must export definePlugin({ connectors, triggers }) as default.', '入口模块须以 definePlugin({ connectors, triggers }) 作为默认导出。')]);
  }
  const seen = new Set<string>();
  for (const connector of candidate.connectors) {
    if (seen.has(connector.type)) problems.push(problem(connector.type, 'Two connectors share this type.', '有两个连接器使用同一类型。'));
    seen.add(connector.type);
    if (!SEMVER.test(String(connector.version))) problems.push(problem(connector.type, 'The connector version must be semver.', '连接器版本须为语义化版本。'));
    if (!manifest.connectors.includes(connector.type)) problems.push(problem(connector.type, 'The manifest (baton.connectors) does not list this connector.', '清单（baton.connectors）未列出该连接器。'));
    const keys = Object.keys(connector.inputs?.shape ?? {});
    for (const secret of connector.secrets ?? []) {
      if (!keys.includes(secret)) problems.push(problem(`${connector.type}.secrets`, `Secret field "${secret}" is not an input.`, `密钥字段“${secret}”不是输入项。`));
    }
    for (const field of connector.files ?? []) {
      if (!keys.includes(field)) problems.push(problem(`${connector.type}.files`, `File field "${field}" is not an input.`, `文件字段“${field}”不是输入项。`));
      if ((connector.secrets ?? []).includes(field)) problems.push(problem(`${connector.type}.files`, `Field "${field}" cannot be both a secret and a file field.`, `字段“${field}”不能既是密钥字段又是文件字段。`));
    }
  }
  for (const type of manifest.connectors) if (!seen.has(type)) problems.push(problem(type, 'Listed in the manifest but not exported.', '清单中列出但未导出。'));
  const triggers = new Set(candidate.triggers.map((trigger) => trigger.type));
  for (const type of manifest.triggers) if (!triggers.has(type)) problems.push(problem(type, 'Listed in the manifest but not exported.', '清单中列出但未导出。'));
  if (problems.length > 0) throw new ConnectorContractError('INVALID_PLUGIN', problems);
  return candidate as PluginDefinition;
}

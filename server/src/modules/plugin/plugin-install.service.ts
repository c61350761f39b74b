import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { ConnectorContractError, parsePluginManifest, PluginManifest } from '@baton/sdk';
import semver from 'semver';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { FieldProblem } from '../../common/errors/baton.exception.js';
import { ENV, Env } from '../../config/env.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ConnectorRunError } from '../../plugin-host/connector-sandbox.js';
import { TARBALL_LIMITS } from '../../plugin-host/installed-plugins.js';
import { versionOrder } from '../../plugin-host/plugin-catalogue.js';
import { unpackPlugin } from '../../plugin-host/plugin-folders.js';
import { DescribedPlugin, PluginHost, PLUGINS_CHANNEL } from '../../plugin-host/plugin-host.service.js';
import { readPluginTarball, TarballError } from '../../plugin-host/plugin-tarball.js';
import { PluginVersionModel, PluginSource } from './dtos/installed-plugin.model.js';
import { PluginEntity } from './entities/plugin.entity.js';
import { PluginException } from './plugin.exception.js';
import { expectedSha256 } from './utils/integrity.util.js';

/** The @baton/sdk this server runs plugins with: what a manifest's `baton.sdk` range must accept. */
export const SDK_VERSION = (createRequire(import.meta.url)('@baton/sdk/package.json') as { version: string }).version;

type Problem = { path: string; message: { en: string; 'zh-CN': string } };
const fieldsOf = (problems: Problem[]): FieldProblem[] => problems.map((p) => ({ key: p.path, message: p.message }));
const summary = (problems: Problem[]) => problems.map((p) => `${p.path}: ${p.message.en}`).join('; ');

/** The largest tarball installPluginFromBase64 takes (decoded); the GraphQL JSON body limit is set from it. */
export const PLUGIN_BASE64_MAX_BYTES = 5 * 1024 * 1024;

/** What POST /api/plugins answers: the installed version and its plugin id. */
export type InstalledVersion = PluginVersionModel & { pluginId: string };

export function toVersionModel(row: PluginEntity): PluginVersionModel {
  return {
    id: row.id, version: row.version, source: PluginSource.UPLOAD, sha256: row.sha256, size: row.size, installedAt: row.installedAt,
    connectors: row.connectors.map(({ type, version }) => ({ type, version })),
  };
}

/**
 * Installs a packed plugin (the tarball `baton-plugin pack` writes) into the caller's workspace: checks the sha256
 * it was sent with, the archive, the manifest, the SDK range and that its code loads and matches the manifest (in a
 * sandbox), then stores the bytes and NOTIFYs every replica, which unpack it and run it without a restart.
 */
@Injectable()
export class PluginInstallService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly host: PluginHost,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async install(auth: AuthContext, tarball: Buffer | undefined, integrity: string | undefined): Promise<InstalledVersion> {
    this.access.require(auth, Permission.PLUGIN_MANAGE);
    if (!tarball || tarball.length === 0) throw new PluginException('NO_TARBALL', { fields: [{ key: 'tarball', message: { en: 'Required.', 'zh-CN': '必填。' } }] });
    const expected = expectedSha256(integrity);
    if (!expected) throw new PluginException('NO_INTEGRITY', { fields: [{ key: 'sha256', message: { en: 'A sha256 hex digest is required.', 'zh-CN': '需要 sha256 十六进制摘要。' } }] });
    const sha256 = createHash('sha256').update(tarball).digest('hex');
    if (sha256 !== expected) {
      throw new PluginException('INTEGRITY_MISMATCH', { params: { actual: sha256, expected }, fields: [{ key: 'sha256', message: { en: 'Does not match the tarball.', 'zh-CN': '与压缩包不符。' } }] });
    }
    const files = this.unpackInMemory(tarball);
    const manifest = this.manifestOf(files);
    const same = await this.db.tenant(auth, () => this.checkNewcomer(manifest, sha256));
    if (same) return { pluginId: same.pluginId, ...toVersionModel(same) };
    const described = await this.describe(await unpackPlugin(this.env.BATON_DATA_DIR, sha256, files));
    const row = await this.db.tenant(auth, async (em) => {
      const inserted = await em.save(em.create(PluginEntity, {
        workspaceId: auth.workspaceId, pluginId: manifest.id, version: manifest.version, versionOrder: versionOrder(manifest.version),
        packageName: manifest.packageName, manifest: { name: manifest.name, sdk: manifest.sdk, connectors: manifest.connectors, triggers: manifest.triggers, secrets: manifest.secrets, permissions: manifest.permissions },
        connectors: described.connectors, sha256, size: tarball.length, tarball, installedById: auth.userId,
      }));
      await this.audit.recordBy(auth, { action: 'plugin.installed', targetType: 'plugin', targetId: manifest.id, details: { version: manifest.version, sha256 } });
      await em.query(`SELECT baton_notify($1, $2)`, [PLUGINS_CHANNEL, inserted.id]);
      return inserted;
    }).catch((error: unknown) => {
      // Another upload of the same version won the race (UQ_plugins_version).
      if ((error as { code?: string }).code === '23505') throw new PluginException('VERSION_EXISTS', { params: { pluginId: manifest.id, version: manifest.version } });
      throw error;
    });
    // This replica is told too, but the caller may run the connector as soon as we answer.
    await this.host.sync();
    return { pluginId: row.pluginId, ...toVersionModel(row) };
  }

  /**
   * The GraphQL way in (`installPluginFromBase64`): the same checks as the upload, for a tarball sent as base64 text
   * of at most PLUGIN_BASE64_MAX_BYTES decoded bytes (the multipart REST upload takes larger ones).
   */
  async installFromBase64(auth: AuthContext, base64: string, integrity: string): Promise<InstalledVersion> {
    this.access.require(auth, Permission.PLUGIN_MANAGE);
    const text = base64.replace(/\s+/g, '');
    if (text.length > Math.ceil(PLUGIN_BASE64_MAX_BYTES / 3) * 4) {
      throw new PluginException('TARBALL_TOO_LARGE', { params: { max: PLUGIN_BASE64_MAX_BYTES }, fields: [{ key: 'tarball', message: { en: `At most ${PLUGIN_BASE64_MAX_BYTES} bytes.`, 'zh-CN': `最多 ${PLUGIN_BASE64_MAX_BYTES} 字节。` } }] });
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
      throw new PluginException('BAD_BASE64', { fields: [{ key: 'tarball', message: { en: 'Not base64 text.', 'zh-CN': '不是 base64 文本。' } }] });
    }
    return this.install(auth, Buffer.from(text, 'base64'), integrity);
  }

  private unpackInMemory(tarball: Buffer): Map<string, Buffer> {
    try {
      return readPluginTarball(tarball, TARBALL_LIMITS);
    } catch (error) {
      if (!(error instanceof TarballError)) throw error;
      throw new PluginException('BAD_TARBALL', { params: { reason: error.message }, fields: [{ key: error.entry ?? 'tarball', message: { en: error.message, 'zh-CN': '压缩包无效。' } }] });
    }
  }

  private manifestOf(files: Map<string, Buffer>): PluginManifest {
    const packageJson = files.get('package.json');
    if (!packageJson) throw new PluginException('BAD_TARBALL', { params: { reason: 'it has no package.json.' }, fields: [{ key: 'package.json', message: { en: 'Missing.', 'zh-CN': '缺失。' } }] });
    let manifest: PluginManifest;
    try {
      manifest = parsePluginManifest(JSON.parse(packageJson.toString('utf8')));
    } catch (error) {
      const problems: Problem[] = error instanceof ConnectorContractError ? error.problems : [{ path: 'package.json', message: { en: 'Not valid JSON.', 'zh-CN': '不是有效的 JSON。' } }];
      throw new PluginException('INVALID_MANIFEST', { params: { summary: summary(problems) }, fields: fieldsOf(problems) });
    }
    if (!semver.validRange(manifest.sdk) || !semver.satisfies(SDK_VERSION, manifest.sdk, { includePrerelease: true })) {
      throw new PluginException('SDK_RANGE', {
        params: { range: manifest.sdk, sdk: SDK_VERSION },
        fields: [{ key: 'baton.sdk', message: { en: `Must accept ${SDK_VERSION}.`, 'zh-CN': `须包含 ${SDK_VERSION}。` } }],
      });
    }
    if (!files.has(posix.normalize(manifest.main).replace(/^\.\//, ''))) {
      const message = { en: `${manifest.main} is not in the tarball; build the plugin before packing.`, 'zh-CN': `压缩包中没有 ${manifest.main}；请先构建再打包。` };
      throw new PluginException('INVALID_MANIFEST', { params: { summary: `main: ${message.en}` }, fields: [{ key: 'main', message }] });
    }
    return manifest;
  }

  /** The row when this very tarball is installed already; throws when the version or a connector type is taken. */
  private async checkNewcomer(manifest: PluginManifest, sha256: string): Promise<PluginEntity | null> {
    const existing = await this.db.em.findOne(PluginEntity, { where: { pluginId: manifest.id, version: manifest.version } });
    if (existing?.sha256 === sha256) return existing;
    if (existing) {
      throw new PluginException('VERSION_EXISTS', { params: { pluginId: manifest.id, version: manifest.version }, fields: [{ key: 'version', message: { en: 'Already installed.', 'zh-CN': '已安装。' } }] });
    }
    const others: { plugin_id: string; type: string }[] = await this.db.em.query(
      `SELECT DISTINCT p.plugin_id, c->>'type' AS type FROM plugins p, jsonb_array_elements(p.connectors) c WHERE p.plugin_id <> $1`,
      [manifest.id],
    );
    const owners = [...others.map((o) => ({ pluginId: o.plugin_id, type: o.type })), ...this.host.catalogue.folderPlugins.filter((f) => f.pluginId !== manifest.id).flatMap((f) => f.connectors.map((c) => ({ pluginId: f.pluginId, type: c.type })))];
    for (const type of manifest.connectors) {
      const owner = owners.find((o) => o.type === type);
      if (owner) throw new PluginException('TYPE_TAKEN', { params: { type, owner: owner.pluginId }, fields: [{ key: type, message: { en: `Belongs to ${owner.pluginId}.`, 'zh-CN': `属于 ${owner.pluginId}。` } }] });
    }
    return null;
  }

  private async describe(folder: string): Promise<DescribedPlugin> {
    try {
      return await this.host.describe(folder);
    } catch (error) {
      if (!(error instanceof ConnectorRunError)) throw error;
      const problems = Array.isArray(error.problems) ? (error.problems as Problem[]) : [{ path: 'main', message: { en: error.message, 'zh-CN': error.message } }];
      throw new PluginException('INVALID_PLUGIN', { params: { summary: summary(problems) }, fields: fieldsOf(problems) });
    }
  }
}

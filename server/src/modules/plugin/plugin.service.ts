import { Injectable } from '@nestjs/common';
import semver from 'semver';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { PluginHost, PLUGINS_CHANNEL } from '../../plugin-host/plugin-host.service.js';
import { InstalledPluginModel, PluginSource, PluginVersionModel } from './dtos/installed-plugin.model.js';
import { PluginEnablementEntity } from './entities/plugin-enablement.entity.js';
import { PluginEntity } from './entities/plugin.entity.js';
import { PluginException } from './plugin.exception.js';
import { toVersionModel } from './plugin-install.service.js';

interface Versions {
  name: { en: string; 'zh-CN': string };
  versions: PluginVersionModel[];
}

/** What plugins a workspace has, switching them on and off for it, and removing an installed version. */
@Injectable()
export class PluginService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly host: PluginHost,
  ) {}

  async list(auth: AuthContext): Promise<InstalledPluginModel[]> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const plugins = await this.versions(auth);
    const enablements = await this.db.em.find(PluginEnablementEntity, { where: { workspaceId: auth.workspaceId } });
    return [...plugins].sort(([a], [b]) => a.localeCompare(b)).map(([pluginId, { name, versions }]) => ({
      pluginId, nameEn: name.en, nameZhCN: name['zh-CN'], versions,
      enabled: enablements.find((e) => e.pluginId === pluginId)?.enabled ?? true,
    }));
  }

  async setEnabled(auth: AuthContext, pluginId: string, enabled: boolean): Promise<InstalledPluginModel> {
    this.access.require(auth, Permission.PLUGIN_MANAGE);
    const plugins = await this.versions(auth);
    if (!plugins.has(pluginId)) throw new PluginException('PLUGIN_NOT_FOUND', { params: { pluginId }, fields: [{ key: 'pluginId', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    await this.db.em.upsert(PluginEnablementEntity, { workspaceId: auth.workspaceId, pluginId, enabled, updatedById: auth.userId, updatedAt: new Date() }, ['workspaceId', 'pluginId']);
    await this.audit.recordBy(auth, { action: enabled ? 'plugin.enabled' : 'plugin.disabled', targetType: 'plugin', targetId: pluginId });
    const { name, versions } = plugins.get(pluginId)!;
    return { pluginId, nameEn: name.en, nameZhCN: name['zh-CN'], enabled, versions };
  }

  /** Removes an uploaded version; refused while running instances use it (they would fail at their next job). */
  async uninstall(auth: AuthContext, pluginId: string, version: string): Promise<boolean> {
    this.access.require(auth, Permission.PLUGIN_MANAGE);
    const row = await this.db.em.findOne(PluginEntity, { where: { workspaceId: auth.workspaceId, pluginId, version } });
    if (!row) throw new PluginException('VERSION_NOT_FOUND', { params: { pluginId, version }, fields: [{ key: 'version', message: { en: 'Not installed.', 'zh-CN': '未安装。' } }] });
    const users: { process: string }[] = await this.db.em.query(
      `SELECT DISTINCT pd.bpmn_process_id || ' v' || pd.version AS process FROM plugin_pins pp
       JOIN process_definitions pd ON pd.id = pp.definition_id
       JOIN process_instances pi ON pi.definition_id = pp.definition_id AND pi.state = 'ACTIVE'
       WHERE pp.plugin_id = $1 AND pp.version = $2 ORDER BY 1 LIMIT 5`,
      [pluginId, version],
    );
    if (users.length > 0) {
      throw new PluginException('VERSION_IN_USE', { params: { pluginId, version, processes: users.map((u) => u.process).join(', ') }, fields: [{ key: 'version', message: { en: 'In use.', 'zh-CN': '使用中。' } }] });
    }
    await this.db.em.delete(PluginEntity, { id: row.id });
    await this.audit.recordBy(auth, { action: 'plugin.uninstalled', targetType: 'plugin', targetId: pluginId, details: { version, sha256: row.sha256 } });
    await this.db.em.query(`SELECT baton_notify($1, $2)`, [PLUGINS_CHANNEL, row.id]);
    return true;
  }

  /** Folder plugins and the workspace's uploads, by plugin id, versions highest first. */
  private async versions(auth: AuthContext): Promise<Map<string, Versions>> {
    const rows = await this.db.em.find(PluginEntity, { where: { workspaceId: auth.workspaceId } });
    const plugins = new Map<string, Versions>();
    const add = (pluginId: string, name: Versions['name'], version: PluginVersionModel) => {
      const entry = plugins.get(pluginId) ?? { name, versions: [] };
      entry.versions.push(version);
      entry.versions.sort((a, b) => semver.rcompare(a.version, b.version));
      if (entry.versions[0] === version) entry.name = name;
      plugins.set(pluginId, entry);
    };
    for (const folder of this.host.catalogue.folderPlugins) {
      add(folder.pluginId, folder.name, {
        id: null, version: folder.version, source: PluginSource.FOLDER, sha256: null, size: null, installedAt: null,
        connectors: folder.connectors.map(({ type, version }) => ({ type, version })),
      });
    }
    for (const row of rows) add(row.pluginId, row.manifest.name, toVersionModel(row));
    return plugins;
  }
}

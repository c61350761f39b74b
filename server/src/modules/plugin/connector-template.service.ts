import { Injectable, Logger } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Db } from '../../database/db.service.js';
import { PluginHost } from '../../plugin-host/plugin-host.service.js';
import { ConnectorTemplateModel } from './dtos/connector-template.model.js';
import { PluginEnablementEntity } from './entities/plugin-enablement.entity.js';

/**
 * The element templates the modeller offers for service tasks: for each plugin the workspace has enabled (folder
 * plugins and its uploads), the highest version's connectors, generated from their definitions in the sandbox
 * (the SDK's connectorElementTemplate) and cached per plugin folder.
 */
@Injectable()
export class ConnectorTemplateService {
  private readonly logger = new Logger('ConnectorTemplates');

  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly host: PluginHost,
  ) {}

  async list(auth: AuthContext): Promise<ConnectorTemplateModel[]> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const disabled = new Set((await this.db.em.find(PluginEnablementEntity, { where: { workspaceId: auth.workspaceId, enabled: false } })).map((e) => e.pluginId));
    const seen = new Set<string>();
    const templates: ConnectorTemplateModel[] = [];
    // highest version first within each plugin
    for (const plugin of this.host.catalogue.forWorkspace(auth.workspaceId)) {
      if (seen.has(plugin.pluginId) || disabled.has(plugin.pluginId)) continue;
      seen.add(plugin.pluginId);
      // A plugin whose templates cannot be generated is left out of the palette, not the whole list.
      const generated = await this.host.templates(plugin).catch((error: unknown) => {
        this.logger.warn(`No element templates for ${plugin.pluginId}@${plugin.version}: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      });
      for (const connector of generated) {
        templates.push({ pluginId: plugin.pluginId, pluginVersion: plugin.version, type: connector.type, version: connector.version, template: connector.en, templateZhCN: connector.zh });
      }
    }
    return templates;
  }
}

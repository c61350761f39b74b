import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { ConnectorTemplateModel, InstalledPluginVersionModel } from './dtos/connector-template.model.js';
import { InstalledPluginModel } from './dtos/installed-plugin.model.js';
import { ConnectorTemplateService } from './connector-template.service.js';
import { PluginFolderInstallService } from './plugin-folder-install.service.js';
import { PluginInstallService } from './plugin-install.service.js';
import { PluginService } from './plugin.service.js';

/**
 * Installing is a tarball upload: POST /api/plugins (plugin.controller.ts), or installPluginFromBase64 for tarballs up
 * to 5 MiB (no GraphQL multipart upload: see the plugin-host README).
 */
@Resolver()
@UseGuards(AuthGuard)
export class PluginResolver {
  constructor(
    private readonly service: PluginService,
    private readonly templates: ConnectorTemplateService,
    private readonly installer: PluginInstallService,
    private readonly folders: PluginFolderInstallService,
  ) {}

  @Query(() => [ConnectorTemplateModel], { description: 'Element templates of the connectors of the plugins enabled in this workspace, highest version of each (builders and admins)' })
  connectorTemplates(@CurrentAuth() auth: AuthContext) {
    return this.templates.list(auth);
  }

  @Mutation(() => InstalledPluginVersionModel, { description: 'Installs a packed plugin sent as base64 (at most 5 MiB decoded) with its sha256 (admins); the same checks as POST /api/plugins' })
  installPluginFromBase64(@CurrentAuth() auth: AuthContext, @Args('tarball') tarball: string, @Args('sha256') sha256: string) {
    return this.installer.installFromBase64(auth, tarball, sha256);
  }

  @Query(() => [InstalledPluginModel], { description: 'The plugins this workspace has (uploaded and the server’s folder plugins), with versions and enablement (builders and admins)' })
  installedPlugins(@CurrentAuth() auth: AuthContext) {
    return this.service.list(auth);
  }

  @Mutation(() => InstalledPluginVersionModel, { description: 'Installs a plugin folder on the server (admins): only inside BATON_PLUGIN_INSTALL_ROOTS; packed without running its scripts, then the same checks as an upload' })
  installPluginFromFolder(@CurrentAuth() auth: AuthContext, @Args('path') path: string) {
    return this.folders.install(auth, path);
  }

  @Mutation(() => InstalledPluginModel, { description: 'Switches a plugin on or off for this workspace (admins); off, its connector jobs fail with an incident naming it' })
  setPluginEnabled(@CurrentAuth() auth: AuthContext, @Args('pluginId') pluginId: string, @Args('enabled') enabled: boolean) {
    return this.service.setEnabled(auth, pluginId, enabled);
  }

  @Mutation(() => Boolean, { description: 'Removes an uploaded plugin version (admins); refused while running instances use it' })
  uninstallPlugin(@CurrentAuth() auth: AuthContext, @Args('pluginId') pluginId: string, @Args('version') version: string) {
    return this.service.uninstall(auth, pluginId, version);
  }
}

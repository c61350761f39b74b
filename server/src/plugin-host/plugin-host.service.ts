import { resolve } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConnectorContractError, resolveConnectorFiles } from '@baton/sdk';
import pg from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { CoalescingRunner } from '../common/util/coalescing-runner.js';
import { ENV, Env } from '../config/env.js';
import { DATA_SOURCE, Db } from '../database/db.service.js';
import { readWorkspaceFile } from '../modules/file/file.service.js';
import { JobContext, JobHandlerRegistry } from '../modules/job/job-handler.registry.js';
import { SecretVault } from '../modules/secret/secret-vault.service.js';
import { OutboundAllowListService } from '../modules/secret/outbound-allow-list.service.js';
import { runInSandbox, SandboxLimits } from './connector-sandbox.js';
import { SandboxPool } from './sandbox-pool.js';
import { connectorInput, secretReferences } from './connector-input.js';
import { DescribedConnector, DescribedTrigger, PluginCatalogue, PluginVersion } from './plugin-catalogue.js';
import { loadInstalledPlugins } from './installed-plugins.js';
import { listen } from './plugin-listener.js';
import { isPluginEnabled, pinnedVersion } from './plugin-versions.js';
import { ConnectorJobError } from './connector-job-error.js';

export type { DescribedConnector, DescribedTrigger } from './plugin-catalogue.js';

/** What `describe` answers for a plugin folder. */
export interface DescribedPlugin {
  id: string;
  version: string;
  name: { en: string; 'zh-CN': string };
  connectors: DescribedConnector[];
  /** absent from plugins described before triggers ran (rows keep the manifest's trigger list) */
  triggers?: DescribedTrigger[];
}

/** A connector's Camunda element templates, as the sandbox generated them from its definition. */
export interface ConnectorTemplates {
  type: string;
  version: string;
  en: Record<string, unknown>;
  zh: Record<string, unknown>;
}

/** The message a trigger made of an inbound event (the SDK's runTrigger, in the sandbox). */
export interface TriggerMessage {
  messageName: string;
  correlationKey: string | null;
  variables: Record<string, unknown>;
  messageId: string | null;
}

/** Sent at the commit of an install or uninstall; every replica then reloads the `plugins` table. */
export const PLUGINS_CHANNEL = 'baton_plugins';
/** A replica that missed a NOTIFY (its LISTEN connection dropped) still catches up this often. */
const RESYNC_MS = 60_000;

/** Commands from connector jobs act for no user; the tenant setting still scopes them to the job's workspace. */
const SYSTEM_USER = '00000000-0000-0000-0000-000000000000';

/**
 * Runs connector plugins for the engine's job queue: folder plugins from BATON_PLUGIN_DIRS (every workspace) and
 * tarballs installed per workspace at run time (unpacked from the database into this replica's data folder, at
 * start-up and on each NOTIFY baton_plugins, so every replica runs the same versions with no restart). Each connector
 * type is registered once with the job handler registry; a job runs the version its process definition was pinned
 * to, if the workspace has that plugin enabled. Runs go to warm sandboxed child processes (sandbox-pool.ts); the
 * server never loads plugin code itself.
 */
@Injectable()
export class PluginHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PluginHost');
  readonly catalogue = new PluginCatalogue();
  private readonly registered = new Set<string>();
  /** per plugin folder: folders are content-addressed (uploads) or fixed for the server's life (BATON_PLUGIN_DIRS) */
  private readonly templateCache = new Map<string, Promise<ConnectorTemplates[]>>();
  private readonly limits: SandboxLimits;
  private readonly allowHosts: string[];
  private readonly pool: SandboxPool;
  private readonly syncer = new CoalescingRunner(() => this.loadInstalled(), () => this.stopped);
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly registry: JobHandlerRegistry,
    private readonly db: Db,
    private readonly vault: SecretVault,
    private readonly allowList: OutboundAllowListService,
  ) {
    this.limits = { timeoutMs: env.BATON_CONNECTOR_TIMEOUT_MS, memoryMb: env.BATON_CONNECTOR_MEMORY_MB };
    this.pool = new SandboxPool(this.limits);
    this.allowHosts = env.BATON_OUTBOUND_ALLOW_HOSTS.split(',').map((h) => h.trim()).filter(Boolean);
  }

  /** Describes a plugin folder in a fresh sandbox: its manifest and exports are checked there, never here. */
  describe(folder: string): Promise<DescribedPlugin> {
    return runInSandbox(folder, { kind: 'describe' }, this.limits) as Promise<DescribedPlugin>;
  }

  /** The element templates of a plugin version's connectors, generated once per folder in a fresh sandbox. */
  templates(plugin: PluginVersion): Promise<ConnectorTemplates[]> {
    let templates = this.templateCache.get(plugin.folder);
    if (!templates) {
      templates = runInSandbox(plugin.folder, { kind: 'templates' }, this.limits) as Promise<ConnectorTemplates[]>;
      templates.catch(() => this.templateCache.delete(plugin.folder));
      this.templateCache.set(plugin.folder, templates);
    }
    return templates;
  }

  /** Checks an inbound event's payload and maps it to a message with the plugin's trigger, in the workspace's sandbox. */
  async mapTrigger(plugin: PluginVersion, workspaceId: string, type: string, payload: unknown): Promise<TriggerMessage> {
    return (await this.pool.run(plugin.folder, workspaceId, { kind: 'trigger', type, payload, workspaceId },
      (log) => this.logger.log(`[${type}@${plugin.version} trigger] ${log.line}`))) as TriggerMessage;
  }

  /** Reloads the installed plugins now (or right after the reload in progress). */
  sync(): Promise<void> {
    return this.syncer.wake();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.loadFolders();
    // Schema generation builds the app without a database: no installed plugins then.
    if (!this.dataSource.isInitialized) return;
    await this.sync();
    const url = (this.dataSource.options as { url?: string }).url;
    if (url) {
      try {
        this.listener = await listen(url, PLUGINS_CHANNEL, () => void this.sync(), (error) => this.logger.warn(`LISTEN ${PLUGINS_CHANNEL} lost: ${error.message}; checking every ${RESYNC_MS / 1000} s.`));
      } catch (error) {
        this.logger.warn(`LISTEN ${PLUGINS_CHANNEL} failed (${error instanceof Error ? error.message : String(error)}); checking every ${RESYNC_MS / 1000} s.`);
      }
    }
    this.timer = setInterval(() => void this.sync(), RESYNC_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    await this.syncer.current;
    this.pool.close();
  }

  private async loadFolders(): Promise<void> {
    const folders = this.env.BATON_PLUGIN_DIRS.split(',').map((f) => f.trim()).filter(Boolean).map((f) => resolve(f));
    for (const folder of folders) {
      try {
        const described = await this.describe(folder);
        this.catalogue.addFolder({ pluginId: described.id, version: described.version, name: described.name, folder, connectors: described.connectors, triggers: described.triggers ?? [], workspaceId: null, rowId: null });
        this.logger.log(`Loaded plugin ${described.id}@${described.version}: ${described.connectors.map((c) => c.type).join(', ')}`);
      } catch (error) {
        this.logger.error(`Plugin in ${folder} not loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.registerTypes();
  }

  private async loadInstalled(): Promise<void> {
    try {
      const versions = await this.db.system((em) => loadInstalledPlugins(em, this.env.BATON_DATA_DIR, (message) => this.logger.error(message)));
      this.catalogue.setInstalled(versions);
      this.registerTypes();
    } catch (error) {
      this.logger.error(`Installed plugins not reloaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** One handler per connector type of any version here; types no version offers any more are dropped. */
  private registerTypes(): void {
    const types = this.catalogue.types();
    for (const type of types) {
      if (this.registered.has(type)) continue;
      this.registry.register(type, (job) => this.run(type, job));
      this.registered.add(type);
    }
    for (const type of [...this.registered].filter((t) => !types.has(t))) {
      this.registry.unregister(type);
      this.registered.delete(type);
    }
  }

  private async run(type: string, job: JobContext): Promise<Record<string, unknown>> {
    // A version this replica has not loaded yet (installed a moment ago elsewhere) makes it reload once.
    const prepared = (await this.prepare(type, job, false)) ?? (await this.sync(), await this.prepare(type, job, true));
    const { plugin, connector, input, secrets, allowHosts } = prepared!;
    const output = await this.pool.run(plugin.folder, job.workspaceId, {
      kind: 'run', type: connector.type, input,
      ctx: { jobId: job.id, workspaceId: job.workspaceId, processInstanceId: job.processInstanceId, elementId: job.elementId, attempt: job.attempt },
      secretValues: [...secrets.values()], allowHosts,
    }, (log) => this.logger.log(`[${connector.type}@${plugin.version} job ${job.id}] ${log.line}`));
    return { [job.customHeaders.resultVariable?.trim() || 'result']: output };
  }

  /**
   * In one tenant transaction: the workspace's plugin for the type, refused when disabled, at the version pinned to
   * the job's process definition, with the connector's input and secrets. Null (unless `final`) when this replica
   * lacks the plugin or the pinned version.
   */
  private async prepare(type: string, job: JobContext, final: boolean) {
    const [highest] = this.catalogue.providers(job.workspaceId, type);
    if (!highest) {
      if (final) throw ConnectorJobError.notInstalled(type);
      return null;
    }
    return this.db.tenant({ workspaceId: job.workspaceId, userId: SYSTEM_USER }, async (em) => {
      if (!(await isPluginEnabled(em, highest.pluginId))) throw ConnectorJobError.disabled(highest, type);
      const version = await pinnedVersion(em, job.processInstanceId, highest.pluginId, highest.version, highest.rowId !== null);
      const plugin = this.catalogue.providers(job.workspaceId, type).find((v) => v.pluginId === highest.pluginId && v.version === version);
      const connector = plugin?.connectors.find((c) => c.type === type);
      if (!plugin || !connector) {
        if (final) throw ConnectorJobError.pinnedMissing(highest, version, type);
        return null;
      }
      const references = secretReferences(connector, job.customHeaders);
      const secrets = references.size === 0 ? new Map<string, string>() : await this.vault.resolve([...new Set(references.values())]);
      const input = await this.withFiles(em, connector, connectorInput(connector, job.variables, job.customHeaders, references, secrets));
      return { plugin, connector, input, secrets, allowHosts: [...this.allowHosts, ...(await this.allowList.hosts())] };
    });
  }

  /** File ids in the connector's file fields become the files' bytes, read in the job's workspace only. */
  private async withFiles(em: EntityManager, connector: DescribedConnector, input: Record<string, unknown>): Promise<Record<string, unknown>> {
    try {
      return await resolveConnectorFiles(connector, input, (id) => readWorkspaceFile(em, this.env.BATON_DATA_DIR, id), this.env.BATON_CONNECTOR_FILES_MAX_MB * 1024 * 1024);
    } catch (error) {
      throw error instanceof ConnectorContractError ? ConnectorJobError.files(error.problems) : error;
    }
  }
}

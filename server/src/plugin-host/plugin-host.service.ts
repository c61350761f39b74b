import { resolve } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ENV, Env } from '../config/env.js';
import { Db } from '../database/db.service.js';
import { JobContext, JobHandlerRegistry } from '../modules/job/job-handler.registry.js';
import { SecretVault } from '../modules/secret/secret-vault.service.js';
import { OutboundAllowListService } from '../modules/secret/outbound-allow-list.service.js';
import { runInSandbox, SandboxLimits } from './connector-sandbox.js';
import { SandboxPool } from './sandbox-pool.js';
import { connectorInput, secretReferences } from './connector-input.js';

/** What `describe` answers for one connector of a plugin. */
export interface DescribedConnector {
  type: string;
  version: string;
  secrets: string[];
  inputs: string[];
}

interface LoadedPlugin {
  folder: string;
  id: string;
  version: string;
  connectors: DescribedConnector[];
}

/** Commands from connector jobs act for no user; the tenant setting still scopes them to the job's workspace. */
const SYSTEM_USER = '00000000-0000-0000-0000-000000000000';

/**
 * Loads the plugins in BATON_PLUGIN_DIRS at start-up and registers each connector type with the job handler
 * registry, so the engine's job queue (at-least-once, retries with back-off, incidents) runs them. Runs go to warm
 * sandboxed child processes kept per plugin and workspace (sandbox-pool.ts); the server never loads plugin code itself.
 */
@Injectable()
export class PluginHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PluginHost');
  readonly plugins: LoadedPlugin[] = [];
  private readonly limits: SandboxLimits;
  private readonly allowHosts: string[];
  private readonly pool: SandboxPool;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly registry: JobHandlerRegistry,
    private readonly db: Db,
    private readonly vault: SecretVault,
    private readonly allowList: OutboundAllowListService,
  ) {
    this.limits = { timeoutMs: env.BATON_CONNECTOR_TIMEOUT_MS, memoryMb: env.BATON_CONNECTOR_MEMORY_MB };
    this.pool = new SandboxPool(this.limits);
    this.allowHosts = env.BATON_OUTBOUND_ALLOW_HOSTS.split(',').map((h) => h.trim()).filter(Boolean);
  }

  async onApplicationBootstrap(): Promise<void> {
    const folders = this.env.BATON_PLUGIN_DIRS.split(',').map((f) => f.trim()).filter(Boolean).map((f) => resolve(f));
    for (const folder of folders) {
      try {
        const described = (await runInSandbox(folder, { kind: 'describe' }, this.limits)) as Omit<LoadedPlugin, 'folder'>;
        const plugin = { folder, ...described };
        for (const connector of plugin.connectors) this.registry.register(connector.type, (job) => this.run(plugin, connector, job));
        this.plugins.push(plugin);
        this.logger.log(`Loaded plugin ${plugin.id}@${plugin.version}: ${plugin.connectors.map((c) => c.type).join(', ')}`);
      } catch (error) {
        this.logger.error(`Plugin in ${folder} not loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  onModuleDestroy(): void {
    this.pool.close();
  }

  private async run(plugin: LoadedPlugin, connector: DescribedConnector, job: JobContext): Promise<Record<string, unknown>> {
    const references = secretReferences(connector, job.customHeaders);
    const { secrets, workspaceHosts } = await this.db.tenant({ workspaceId: job.workspaceId, userId: SYSTEM_USER }, async () => ({
      secrets: references.size === 0 ? new Map<string, string>() : await this.vault.resolve([...new Set(references.values())]),
      workspaceHosts: await this.allowList.hosts(),
    }));
    const input = connectorInput(connector, job.variables, job.customHeaders, references, secrets);
    const output = await this.pool.run(plugin.folder, job.workspaceId, {
      kind: 'run', type: connector.type, input,
      ctx: { jobId: job.id, workspaceId: job.workspaceId, processInstanceId: job.processInstanceId, elementId: job.elementId, attempt: job.attempt },
      secretValues: [...secrets.values()], allowHosts: [...this.allowHosts, ...workspaceHosts],
    }, (log) => this.logger.log(`[${connector.type} job ${job.id}] ${log.line}`));
    return { [job.customHeaders.resultVariable?.trim() || 'result']: output };
  }
}

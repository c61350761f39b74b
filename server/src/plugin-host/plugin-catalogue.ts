import semver from 'semver';

/** What `describe` answers for one connector of a plugin. */
export interface DescribedConnector {
  type: string;
  version: string;
  secrets: string[];
  /** input fields taking workspace files (ids resolved by the host before the run); absent from older SDKs' plugins */
  files?: string[];
  inputs: string[];
}

/** A trigger (inbound events, `defineTrigger`) a plugin version offers. */
export interface DescribedTrigger {
  type: string;
  version: string;
}

/** One loadable version of a plugin on this replica: from BATON_PLUGIN_DIRS (every workspace) or installed in one. */
export interface PluginVersion {
  pluginId: string;
  version: string;
  name: { en: string; 'zh-CN': string };
  folder: string;
  connectors: DescribedConnector[];
  triggers: DescribedTrigger[];
  /** null for a folder plugin (BATON_PLUGIN_DIRS), which every workspace has */
  workspaceId: string | null;
  /** the `plugins` row, for installed tarballs */
  rowId: string | null;
}

/**
 * A text that sorts like the semver it encodes (under COLLATE "C"): the `plugins.version_order` column, so SQL (the
 * deploy-time pinning trigger) can pick a plugin's highest version. A release sorts after its pre-releases.
 */
export function versionOrder(version: string): string {
  const parsed = semver.parse(version);
  if (!parsed) throw new Error(`Not a semver version: ${version}`);
  const pad = (n: number) => String(n).padStart(10, '0');
  return `${pad(parsed.major)}.${pad(parsed.minor)}.${pad(parsed.patch)}${parsed.prerelease.length > 0 ? `-${parsed.prerelease.join('.')}` : '~'}`;
}

/** The plugin versions this replica can run, and which of them a workspace has for a connector type. */
export class PluginCatalogue {
  private folders: PluginVersion[] = [];
  private installed: PluginVersion[] = [];

  addFolder(version: PluginVersion): void {
    this.folders.push(version);
  }

  /** Replaces every installed version at once (after reading the `plugins` table). */
  setInstalled(versions: PluginVersion[]): void {
    this.installed = versions;
  }

  hasInstalled(rowId: string): boolean {
    return this.installed.some((v) => v.rowId === rowId);
  }

  /** Every version the workspace has (folder plugins included), highest first within a plugin. */
  forWorkspace(workspaceId: string): PluginVersion[] {
    return [...this.folders, ...this.installed.filter((v) => v.workspaceId === workspaceId)].sort(
      (a, b) => a.pluginId.localeCompare(b.pluginId) || semver.rcompare(a.version, b.version),
    );
  }

  /** The versions that offer a connector type to a workspace, highest first. */
  providers(workspaceId: string, type: string): PluginVersion[] {
    return this.forWorkspace(workspaceId).filter((v) => v.connectors.some((c) => c.type === type));
  }

  /** The versions that offer a trigger type to a workspace, highest first. */
  triggerProviders(workspaceId: string, type: string): PluginVersion[] {
    return this.forWorkspace(workspaceId).filter((v) => v.triggers.some((t) => t.type === type));
  }

  /** Every connector type of any version on this replica: the job types to register. */
  types(): Set<string> {
    return new Set([...this.folders, ...this.installed].flatMap((v) => v.connectors.map((c) => c.type)));
  }

  get folderPlugins(): readonly PluginVersion[] {
    return this.folders;
  }
}

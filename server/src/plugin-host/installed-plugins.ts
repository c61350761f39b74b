import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import type { DescribedConnector, PluginVersion } from './plugin-catalogue.js';
import { pluginFolder, unpackPlugin } from './plugin-folders.js';
import { readPluginTarball, TarballLimits } from './plugin-tarball.js';

export const TARBALL_LIMITS: TarballLimits = { maxBytes: 200 * 1024 * 1024, maxFiles: 10_000 };

interface InstalledRow {
  id: string;
  workspace_id: string;
  plugin_id: string;
  version: string;
  sha256: string;
  manifest: { name: { en: string; 'zh-CN': string }; triggers?: string[] };
  connectors: DescribedConnector[];
}

/**
 * Every installed plugin version of every workspace (the caller's transaction must see past row-level security),
 * each unpacked into this replica's data folder if it is not there yet, from the bytes in the database. A row whose
 * bytes no longer match its sha256 is left out and reported, never run.
 */
export async function loadInstalledPlugins(em: EntityManager, dataDir: string, report: (message: string) => void): Promise<PluginVersion[]> {
  const rows: InstalledRow[] = await em.query(`SELECT id, workspace_id, plugin_id, version, sha256, manifest, connectors FROM plugins ORDER BY installed_at`);
  const versions: PluginVersion[] = [];
  for (const row of rows) {
    let folder = pluginFolder(dataDir, row.sha256);
    if (!existsSync(folder)) {
      const [{ tarball }]: { tarball: Buffer }[] = await em.query(`SELECT tarball FROM plugins WHERE id = $1`, [row.id]);
      if (createHash('sha256').update(tarball).digest('hex') !== row.sha256) {
        report(`Plugin ${row.plugin_id}@${row.version} (${row.id}) not loaded: its stored tarball does not match its sha256.`);
        continue;
      }
      try {
        folder = await unpackPlugin(dataDir, row.sha256, readPluginTarball(tarball, TARBALL_LIMITS));
      } catch (error) {
        report(`Plugin ${row.plugin_id}@${row.version} (${row.id}) not unpacked: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
    }
    const triggers = (row.manifest.triggers ?? []).map((type) => ({ type, version: row.version }));
    versions.push({ pluginId: row.plugin_id, version: row.version, name: row.manifest.name, folder, connectors: row.connectors, triggers, workspaceId: row.workspace_id, rowId: row.id });
  }
  return versions;
}

import type { EntityManager } from 'typeorm';

/** Whether the workspace of the caller's tenant transaction has the plugin switched on (on without a row). */
export async function isPluginEnabled(em: EntityManager, pluginId: string): Promise<boolean> {
  const [row]: { enabled: boolean }[] = await em.query(`SELECT enabled FROM plugin_enablements WHERE plugin_id = $1`, [pluginId]);
  return row?.enabled ?? true;
}

/**
 * The plugin version a job's process instance runs: the one pinned to its process definition at deploy, or, for a
 * plugin the workspace installed after the deploy, `highest` pinned now, at its first job; later jobs keep it.
 * A folder plugin (`pin` false: one version per server, replaced when the server is redeployed) is not pinned.
 */
export async function pinnedVersion(em: EntityManager, processInstanceId: string, pluginId: string, highest: string, pin = true): Promise<string> {
  const read = async () => {
    const [row]: { version: string }[] = await em.query(
      `SELECT pp.version FROM plugin_pins pp JOIN process_instances pi ON pi.definition_id = pp.definition_id WHERE pi.id = $1 AND pp.plugin_id = $2`,
      [processInstanceId, pluginId],
    );
    return row?.version;
  };
  const pinned = await read();
  if (pinned !== undefined) return pinned;
  if (!pin) return highest;
  await em.query(
    `INSERT INTO plugin_pins (definition_id, plugin_id, workspace_id, version)
     SELECT definition_id, $2, workspace_id, $3 FROM process_instances WHERE id = $1
     ON CONFLICT (definition_id, plugin_id) DO NOTHING`,
    [processInstanceId, pluginId, highest],
  );
  return (await read()) ?? highest;
}

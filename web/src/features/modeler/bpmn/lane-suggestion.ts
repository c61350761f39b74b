/** Lanes suggest candidate groups: a user task in a lane named like a workspace group (its key or name) gets it offered first. */

interface LaneLike {
  name?: string;
  flowNodeRef?: unknown[];
  childLaneSet?: { lanes?: LaneLike[] };
}
interface NodeLike {
  $parent?: { laneSets?: { lanes?: LaneLike[] }[] } | null;
}

/** The innermost lane holding the flow node, if its process has lanes. */
export function laneOf(node: NodeLike): LaneLike | null {
  const visit = (lanes: LaneLike[] | undefined): LaneLike | null => {
    for (const lane of lanes ?? []) {
      if (!(lane.flowNodeRef ?? []).includes(node)) continue;
      return visit(lane.childLaneSet?.lanes) ?? lane;
    }
    return null;
  };
  for (const set of node.$parent?.laneSets ?? []) {
    const found = visit(set.lanes);
    if (found) return found;
  }
  return null;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The group the node's lane names (by key or label, ignoring case and spacing), or null. */
export function suggestedGroup<G extends { key: string; label: string }>(
  node: NodeLike,
  groups: readonly G[],
): { lane: string; group: G } | null {
  const name = laneOf(node)?.name;
  if (!name?.trim()) return null;
  const group = groups.find((g) => normal(g.key) === normal(name) || normal(g.label) === normal(name));
  return group ? { lane: name.trim(), group } : null;
}

import { validateDeployment } from '../deploy/validate-deployment.js';
import type { DeployProblem } from '../deploy-problem.js';
import { NOT_YET_SUPPORTED, featuresOf } from '../lint/not-yet-supported.js';
import { parseBpmn } from '../parse/index.js';

export interface DeployOutcome {
  readonly processes: number;
  readonly elements: number;
  /** features the models use that NOT_YET_SUPPORTED lists, by element id */
  readonly unsupported: readonly string[];
  readonly deployed: boolean;
  readonly problems: readonly DeployProblem[];
  /** one stable line for tables and snapshots */
  readonly summary: string;
}

/** Deploys a corpus file the way the conformance harness does and condenses the outcome. */
export async function deployOutcome(xml: string, knownForms: readonly string[] = []): Promise<DeployOutcome> {
  const parsed = await parseBpmn(xml);
  const processes = parsed.ok ? parsed.processes : [];
  const nodes = processes.flatMap((p) => Object.values(p.nodes));
  const unsupported = nodes.flatMap((node) => featuresOf(node).filter((f) => NOT_YET_SUPPORTED.has(f)).map((f) => `${node.id}:${f}`));
  const result = await validateDeployment(xml, { knownForms });
  const problems = result.ok ? [] : result.error.problems;
  const rules = [...new Set(problems.map((p) => p.rule))].sort();
  return {
    processes: processes.length,
    elements: nodes.length,
    unsupported,
    deployed: result.ok,
    problems,
    summary: result.ok ? 'deploys' : `refused ${result.error.code}: ${rules.join(', ')}`,
  };
}

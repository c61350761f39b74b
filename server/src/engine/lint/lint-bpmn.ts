import { type DeployProblem, describeElement } from '../deploy-problem.js';
import type { ProcessModel } from '../parse/process-model.js';
import type { BpmnDocument } from '../parse/read-bpmn-document.js';
import { text } from '../parse/moddle-element.js';
import { BPMNLINT_OVERRIDES, bpmnlintMessage } from './bpmnlint-policy.js';
import { type ExecutabilityContext, checkExecutability } from './check-executability.js';
import { runBpmnlint } from './run-bpmnlint.js';

/**
 * All problems of the executable processes of a parsed document: bpmnlint (recommended, weighed by Baton's
 * policy) plus Baton's executability rules. Findings inside non-executable pools are left out: they never run.
 */
export async function lintBpmn(
  parsed: { readonly processes: readonly ProcessModel[]; readonly document: BpmnDocument },
  context: ExecutabilityContext,
): Promise<DeployProblem[]> {
  const executableIds = new Set(parsed.processes.flatMap((p) => [p.id, ...Object.keys(p.nodes), ...Object.keys(p.flows)]));
  const problems = parsed.processes.flatMap((process) => checkExecutability(process, context));
  for (const report of await runBpmnlint(parsed.document, BPMNLINT_OVERRIDES)) {
    if (report.elementId === null || !executableIds.has(report.elementId)) continue;
    const element = parsed.document.elementsById[report.elementId];
    problems.push({
      elementId: report.elementId,
      rule: `bpmnlint/${report.rule}`,
      severity: report.category === 'error' ? 'error' : 'warning',
      message: bpmnlintMessage(report.rule, describeElement({ id: report.elementId, name: text(element, 'name') }), report.message),
    });
  }
  return dedupe(problems);
}

function dedupe(problems: DeployProblem[]): DeployProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.rule}\u0000${problem.elementId}\u0000${problem.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

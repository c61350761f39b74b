/** One problem shown in the issues panel: from live bpmnlint, or from the server refusing a deploy. */
export interface ModelIssue {
  elementId: string;
  severity: 'error' | 'warning';
  /** bpmnlint rule name, or `server` */
  rule: string;
  message: string;
}

interface LintReport {
  id: string;
  actualElementId?: string;
  message: string;
  category: string;
  rule?: string;
}

/**
 * Flattens bpmn-js-bpmnlint's `linting.completed` payload (reports grouped by the element they are drawn on) into
 * one list, errors first, each naming the element it is really about.
 */
export function flattenLintIssues(grouped: Record<string, LintReport[]>): ModelIssue[] {
  const issues = Object.values(grouped)
    .flat()
    .map((report) => ({
      elementId: report.actualElementId ?? report.id,
      severity: report.category === 'error' ? ('error' as const) : ('warning' as const),
      rule: report.rule ?? 'bpmnlint',
      message: report.message,
    }));
  return sortIssues(issues);
}

export function sortIssues(issues: ModelIssue[]): ModelIssue[] {
  const rank = (issue: ModelIssue) => (issue.severity === 'error' ? 0 : 1);
  return [...issues].sort((a, b) => rank(a) - rank(b) || a.elementId.localeCompare(b.elementId));
}

import type { BpmnDocument } from '../parse/read-bpmn-document.js';
import { type ModdleElement, child, children, isModdleElement } from '../parse/moddle-element.js';
import { createRequire } from 'node:module';
import { Linter } from 'bpmnlint';

export interface BpmnlintReport {
  readonly rule: string;
  readonly elementId: string | null;
  readonly category: 'error' | 'warn' | 'info' | 'rule-error';
  readonly message: string;
}

type RuleConfig = 'off' | 'warn' | 'error' | 'info';

// bpmnlint's rules and configs are CommonJS files, looked up by name
const requireFromHere = createRequire(import.meta.url);

const resolver = {
  resolveRule(pkg: string, ruleName: string): unknown {
    if (pkg !== 'bpmnlint') throw new Error(`unknown rule package <${pkg}>`);
    return requireFromHere(`bpmnlint/rules/${ruleName}`);
  },
  resolveConfig(pkg: string, configName: string): unknown {
    if (pkg !== 'bpmnlint') throw new Error(`unknown config package <${pkg}>`);
    return requireFromHere(`bpmnlint/config/${configName}`);
  },
};

/** Runs bpmnlint's recommended rules, with `overrides` on top, over the whole document. */
export async function runBpmnlint(document: BpmnDocument, overrides: Readonly<Record<string, RuleConfig>>): Promise<BpmnlintReport[]> {
  // a fresh linter each time: bpmnlint caches rule instances, and some rules keep state between runs
  const linter = new Linter({ resolver });
  for (const root of children(document.definitions, 'rootElements')) connectFlowNodes(root);
  const results = await linter.lint(document.definitions, { extends: 'bpmnlint:recommended', rules: overrides });
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((report) => ({ rule, elementId: report.id ?? null, category: report.category, message: report.message })),
  );
}

/**
 * bpmnlint's rules read `incoming`/`outgoing`, which bpmn-js derives on import and DI-less files (most Camunda 7
 * models) never write. Derive them the same way from the sequence flows.
 */
function connectFlowNodes(container: ModdleElement): void {
  for (const el of children(container, 'flowElements')) {
    if (el.$type === 'bpmn:SequenceFlow') {
      link(child(el, 'sourceRef'), 'outgoing', el);
      link(child(el, 'targetRef'), 'incoming', el);
    }
    connectFlowNodes(el);
  }
}

function link(node: ModdleElement | undefined, property: 'incoming' | 'outgoing', flow: ModdleElement): void {
  if (!node) return;
  const record = node as Record<string, unknown>;
  const list = Array.isArray(record[property]) ? (record[property] as unknown[]) : [];
  if (!list.some((item) => isModdleElement(item) && item === flow)) list.push(flow);
  record[property] = list;
}

// The bpmnlint rules the modeller runs live, packed statically for the browser (what bpmnlint-pack-config would
// emit). Severities mirror the server's deploy policy (server/src/engine/lint/bpmnlint-policy.ts), so what is red
// here is what deployProcess refuses, and what is only advice stays a warning.
import adHocSubProcess from 'bpmnlint/rules/ad-hoc-sub-process';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEvent from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoin from 'bpmnlint/rules/fake-join';
import global from 'bpmnlint/rules/global';
import labelRequired from 'bpmnlint/rules/label-required';
import linkEvent from 'bpmnlint/rules/link-event';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabel from 'bpmnlint/rules/superfluous-label';
import superfluousTermination from 'bpmnlint/rules/superfluous-termination';

type Severity = 'error' | 'warn';

const RULES: Record<string, [() => unknown, Severity]> = {
  'ad-hoc-sub-process': [adHocSubProcess, 'error'],
  'end-event-required': [endEventRequired, 'warn'],
  'event-based-gateway': [eventBasedGateway, 'error'],
  'event-sub-process-typed-start-event': [eventSubProcessTypedStartEvent, 'error'],
  'fake-join': [fakeJoin, 'warn'],
  global: [global, 'warn'],
  'label-required': [labelRequired, 'warn'],
  'link-event': [linkEvent, 'error'],
  'no-disconnected': [noDisconnected, 'error'],
  'no-duplicate-sequence-flows': [noDuplicateSequenceFlows, 'error'],
  'no-gateway-join-fork': [noGatewayJoinFork, 'warn'],
  'no-implicit-end': [noImplicitEnd, 'warn'],
  'no-implicit-split': [noImplicitSplit, 'warn'],
  'no-implicit-start': [noImplicitStart, 'warn'],
  'no-overlapping-elements': [noOverlappingElements, 'warn'],
  'single-blank-start-event': [singleBlankStartEvent, 'error'],
  'single-event-definition': [singleEventDefinition, 'error'],
  'start-event-required': [startEventRequired, 'error'],
  'sub-process-blank-start-event': [subProcessBlankStartEvent, 'error'],
  'superfluous-gateway': [superfluousGateway, 'warn'],
  'superfluous-label': [superfluousLabel, 'warn'],
  'superfluous-termination': [superfluousTermination, 'warn'],
};

export const LINT_RULE_NAMES = Object.keys(RULES);

/** `{ config, resolver }` as bpmn-js-bpmnlint's `linting.bpmnlint` option (and bpmnlint's Linter) expect it. */
export const lintConfig = {
  config: { rules: Object.fromEntries(Object.entries(RULES).map(([name, [, severity]]) => [name, severity])) },
  resolver: {
    resolveRule(pkg: string, ruleName: string): () => unknown {
      const rule = pkg === 'bpmnlint' ? RULES[ruleName] : undefined;
      if (!rule) throw new Error(`unknown rule <${pkg}/${ruleName}>`);
      return rule[0];
    },
    resolveConfig(pkg: string, configName: string): never {
      throw new Error(`unknown config <${pkg}/${configName}>`);
    },
  },
};

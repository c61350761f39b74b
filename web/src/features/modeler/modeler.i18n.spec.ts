import { createI18n } from 'vue-i18n';
import { describe, expect, it } from 'vitest';
import { APPROVAL_ACTIONS } from './bpmn/approval-settings';
import { SLA_ACTIONS, SLA_DEADLINES, type SlaProblem } from './bpmn/sla-settings';
import { modelerEn, modelerZhCN } from './modeler.i18n';

// every key the properties panel builds at run time (baton-properties-provider, sla- and approval-properties)
const PROBLEMS: SlaProblem['key'][] = [
  'json',
  'duration',
  'positive',
  'tooLong',
  'needDeadline',
  'missingDeadline',
  'required',
  'variables',
  'tooMany',
];
const PANEL_KEYS = [
  'approval.title',
  'approval.variable',
  'approval.variableHint',
  'approval.unknown',
  'approval.countersign',
  'approval.percent',
  'approval.rejectVariable',
  'approval.rejectVariableHint',
  'approval.error.variable',
  'approval.error.percent',
  'approval.error.countersign',
  ...APPROVAL_ACTIONS.map((action) => `approval.actions.${action}`),
  ...['none', 'all', 'any', 'percent'].map((mode) => `approval.modes.${mode}`),
  'sla.title',
  'sla.calendar',
  ...['respondWithin', 'completeWithin', 'atRiskBefore'].flatMap((field) => [`sla.${field}`, `sla.${field}Hint`]),
  'sla.thresholds',
  'sla.itemLabel',
  'sla.deadline',
  'sla.offset',
  'sla.offsetHint',
  'sla.action',
  'sla.group',
  'sla.escalationCode',
  'sla.variables',
  'sla.variablesHint',
  ...SLA_DEADLINES.map((deadline) => `sla.deadlines.${deadline}`),
  ...SLA_ACTIONS.map((action) => `sla.actions.${action}`),
  ...PROBLEMS.map((key) => `sla.error.${key}`),
];

describe('modeller messages', () => {
  it.each(['zh-CN', 'en'])('has every panel text in %s, and each compiles with its parameters', (locale) => {
    // given the modeller messages, when every key the panel asks for is translated, then none falls back to its key
    const i18n = createI18n({
      legacy: false,
      locale,
      messages: { 'zh-CN': { modeler: modelerZhCN }, en: { modeler: modelerEn } },
      missingWarn: false,
      fallbackWarn: false,
    });
    const params = {
      path: 'thresholds[0].group',
      value: '4h',
      days: 3650,
      deadline: 'respond',
      action: 'reassign',
      max: 20,
      actions: 'sign',
      offset: '-PT1H',
    };
    for (const key of [
      ...PANEL_KEYS.map((k) => `modeler.panel.${k}`),
      'modeler.exportPdf',
      'modeler.simulation.on',
      'modeler.simulation.off',
      'modeler.simulation.hint',
    ]) {
      const text = i18n.global.t(key, params);
      expect(text, key).not.toBe(key);
      expect(text, key).not.toMatch(/[{}]/);
    }
    expect(i18n.global.t('modeler.panel.sla.error.required', params)).toContain('thresholds[0].group');
  });
});

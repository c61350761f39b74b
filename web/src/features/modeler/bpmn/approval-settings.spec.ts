import { describe, expect, it } from 'vitest';
import {
  APPROVAL_ACTIONS_PROPERTY,
  APPROVAL_VARIABLE_PROPERTY,
  COUNTERSIGN_PROPERTY,
  REJECT_VARIABLE_PROPERTY,
  approvalUpdates,
  approvalVariableProblem,
  countersignUpdates,
  percentProblem,
  readApproval,
  readCountersign,
  rejectVariableProblem,
  toggleAction,
} from './approval-settings';

const props = (entries: Record<string, string | undefined>) =>
  new Map(Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined));

describe('approval actions in the modeller', () => {
  it('shows the server defaults when the task has no settings', () => {
    // given no properties, when read, then the default actions and variable are shown
    expect(readApproval(props({}))).toEqual({
      actions: ['return', 'transfer', 'delegate', 'addSigner', 'cc'],
      variable: 'approved',
      unknown: [],
    });
  });

  it('writes the ticked actions in Baton order and a custom variable', () => {
    // given the defaults, when approve is ticked and return unticked, then the list is written explicitly
    const withApprove = toggleAction(readApproval(props({})), 'approve', true);
    expect(withApprove).toEqual({
      [APPROVAL_ACTIONS_PROPERTY]: 'approve,return,transfer,delegate,addSigner,cc',
      [APPROVAL_VARIABLE_PROPERTY]: undefined,
    });
    const read = readApproval(
      props({ [APPROVAL_ACTIONS_PROPERTY]: 'reject, approve', [APPROVAL_VARIABLE_PROPERTY]: 'managerOk' }),
    );
    expect(read.actions).toEqual(['approve', 'reject']);
    expect(approvalUpdates(read.actions, read.variable)).toEqual({
      [APPROVAL_ACTIONS_PROPERTY]: 'approve,reject',
      [APPROVAL_VARIABLE_PROPERTY]: 'managerOk',
    });
  });

  it('removes the properties when the settings are the defaults again', () => {
    // given explicit defaults and the default variable, when written, then both properties go
    expect(approvalUpdates(['cc', 'addSigner', 'delegate', 'transfer', 'return'], 'approved')).toEqual({
      [APPROVAL_ACTIONS_PROPERTY]: undefined,
      [APPROVAL_VARIABLE_PROPERTY]: undefined,
    });
  });

  it('keeps "no actions" apart from the defaults', () => {
    // given every box unticked, when written, then an empty list is stored (not removed, which would mean the defaults)
    expect(approvalUpdates([], '')[APPROVAL_ACTIONS_PROPERTY]).toBe('');
    expect(readApproval(props({ [APPROVAL_ACTIONS_PROPERTY]: '' })).actions).toEqual([]);
  });

  it('names unknown actions and refuses a variable that is not a plain name', () => {
    expect(readApproval(props({ [APPROVAL_ACTIONS_PROPERTY]: 'approve,sign' })).unknown).toEqual(['sign']);
    expect(approvalVariableProblem('manager ok')).toBe('variable');
    expect(approvalVariableProblem('1st')).toBe('variable');
    expect(approvalVariableProblem(`a${'b'.repeat(64)}`)).toBe('variable');
    expect(approvalVariableProblem('_ok2')).toBeUndefined();
  });
});

describe('countersign in the modeller', () => {
  it.each([
    { stored: {}, mode: '', percent: 50, rejectVariable: '' },
    { stored: { [COUNTERSIGN_PROPERTY]: 'any' }, mode: 'any', percent: 50, rejectVariable: '' },
    {
      stored: { [COUNTERSIGN_PROPERTY]: 'percent:60', [REJECT_VARIABLE_PROPERTY]: 'ok' },
      mode: 'percent',
      percent: 60,
      rejectVariable: 'ok',
    },
    { stored: { [REJECT_VARIABLE_PROPERTY]: 'ok' }, mode: 'all', percent: 50, rejectVariable: 'ok' },
  ])('reads $stored as $mode', ({ stored, mode, percent, rejectVariable }) => {
    // given stored properties, when read, then the mode is the one the server derives
    expect(readCountersign(props(stored))).toEqual({ mode, percent, rejectVariable });
  });

  it('flags a mode the server cannot read', () => {
    expect(readCountersign(props({ [COUNTERSIGN_PROPERTY]: 'percent:0' })).invalid).toBe('percent:0');
    expect(readCountersign(props({ [COUNTERSIGN_PROPERTY]: 'most' })).invalid).toBe('most');
  });

  it('writes percent:N and the reject variable, and nothing for a plain multi-instance task', () => {
    expect(countersignUpdates({ mode: 'percent', percent: 75, rejectVariable: ' approved ' })).toEqual({
      [COUNTERSIGN_PROPERTY]: 'percent:75',
      [REJECT_VARIABLE_PROPERTY]: 'approved',
    });
    expect(countersignUpdates({ mode: 'all', percent: 50, rejectVariable: '' })).toEqual({
      [COUNTERSIGN_PROPERTY]: 'all',
      [REJECT_VARIABLE_PROPERTY]: undefined,
    });
    expect(countersignUpdates({ mode: '', percent: 50, rejectVariable: 'x' })).toEqual({
      [COUNTERSIGN_PROPERTY]: undefined,
      [REJECT_VARIABLE_PROPERTY]: undefined,
    });
  });

  it('checks the percentage and the reject variable', () => {
    expect(percentProblem('0')).toBe('percent');
    expect(percentProblem('101')).toBe('percent');
    expect(percentProblem('12.5')).toBe('percent');
    expect(percentProblem('100')).toBeUndefined();
    expect(rejectVariableProblem('no-go')).toBe('variable');
    expect(rejectVariableProblem('approved')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { offeredActions, withVote } from './task-actions';

const task = (actions: string[], extra: Record<string, unknown> = {}) => ({ state: 'CREATED', assignee: 'u1', approval: { actions, variable: 'approved' }, ...extra });
const DEFAULTS = ['return', 'transfer', 'delegate', 'addSigner', 'cc'];

describe('offeredActions', () => {
  it('offers complete and the model’s hand-over actions to the assignee by default', () => {
    expect(offeredActions(task(DEFAULTS), true)).toEqual({ vote: null, complete: true, more: ['return', 'transfer', 'delegate', 'addSigner', 'cc'] });
  });

  it('turns complete into approve / reject on a voting step, only the answers offered', () => {
    expect(offeredActions(task(['approve', 'reject', 'return']), true)).toEqual({ vote: { approve: true, reject: true }, complete: false, more: ['return'] });
    expect(offeredActions(task(['approve']), true).vote).toEqual({ approve: true, reject: false });
  });

  it('leaves others only carbon copy, a delegate only resolve, and closed or suspended tasks nothing', () => {
    expect(offeredActions(task(DEFAULTS), false)).toEqual({ vote: null, complete: false, more: ['cc'] });
    expect(offeredActions(task(DEFAULTS, { delegationState: 'PENDING' }), true)).toEqual({ vote: null, complete: false, more: ['resolve'] });
    expect(offeredActions(task(DEFAULTS, { state: 'SUSPENDED' }), true).more).toEqual([]);
    expect(offeredActions(task(DEFAULTS, { state: 'COMPLETED' }), true).complete).toBe(false);
  });
});

describe('withVote', () => {
  it('adds the approval variable to the form’s data', () => {
    expect(withVote({ comment: 'ok' }, 'approved', false)).toEqual({ comment: 'ok', approved: false });
    expect(withVote({ a: 1 }, 'ok', null)).toEqual({ a: 1 });
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type SlaPolicy,
  durationProblem,
  newThreshold,
  parseSla,
  parseVariables,
  serializeSla,
  slaProblems,
  withAction,
} from './sla-settings';

// The server's own reader, loaded at run time (the web's tsconfig does not compile server sources): what the panel
// writes must be what a deploy accepts.
const SERVER_ENGINE = resolve(__dirname, '../../../../../server/src/engine');
const { parseSlaPolicy } = (await import(/* @vite-ignore */ `${SERVER_ENGINE}/sla/sla-policy.ts`)) as {
  parseSlaPolicy(raw: string): unknown;
};

const full: SlaPolicy = {
  respondWithin: 'PT4H',
  completeWithin: 'P2D',
  atRiskBefore: 'PT2H',
  thresholds: [
    { deadline: 'respond', offset: '-PT1H', action: 'remind' },
    { deadline: 'complete', offset: 'PT0S', action: 'notifyManager', group: 'sales-managers' },
    { deadline: 'complete', offset: 'PT4H', action: 'reassign', group: 'backoffice' },
    { deadline: 'complete', offset: 'P1D', action: 'complete', variables: { approved: false } },
    { deadline: 'complete', offset: 'P2D', action: 'escalate', escalationCode: 'late' },
  ],
};

describe('SLA policy in the modeller', () => {
  it('writes every action as the server reads it, and reads it back unchanged', () => {
    // given a policy with every kind of threshold, when serialized, then the server parses it to the same policy
    const raw = serializeSla(full);
    expect(raw).toBeDefined();
    expect(parseSlaPolicy(raw!)).toEqual(full);
    expect(parseSla(raw).policy).toEqual(full);
    expect(slaProblems(full)).toEqual([]);
  });

  it('removes the property when the policy sets nothing', () => {
    // given no durations and no thresholds, when serialized, then there is no value (the property goes)
    expect(serializeSla({ thresholds: [] })).toBeUndefined();
    expect(serializeSla({ respondWithin: '  ', thresholds: [] })).toBeUndefined();
  });

  it.each([
    { text: 'PT4H', positive: true, key: undefined },
    { text: '-PT1H', positive: false, key: undefined },
    { text: 'P1DT2H30M', positive: true, key: undefined },
    { text: '4h', positive: true, key: 'duration' },
    { text: 'P1W', positive: true, key: 'duration' },
    { text: 'PT', positive: true, key: 'duration' },
    { text: 'P', positive: false, key: 'duration' },
    { text: 'PT0S', positive: true, key: 'positive' },
    { text: '-PT1H', positive: true, key: 'positive' },
    { text: 'P3651D', positive: true, key: 'tooLong' },
  ])('checks the duration $text (positive: $positive) → $key', ({ text, positive, key }) => {
    // given a typed duration, when checked, then it fails exactly when the server's parser refuses it
    expect(durationProblem(text, 'completeWithin', positive)?.key).toBe(key);
    const serverRefuses = (() => {
      try {
        parseSlaPolicy(
          JSON.stringify(
            positive
              ? { completeWithin: text }
              : { completeWithin: 'P1D', thresholds: [{ offset: text, action: 'remind' }] },
          ),
        );
        return false;
      } catch {
        return true;
      }
    })();
    expect(serverRefuses).toBe(key !== undefined);
  });

  it('names the problems across fields the server would refuse', () => {
    // given a threshold on the unset respond deadline and a reassignment without a group, when checked, then both are named
    const policy: SlaPolicy = {
      completeWithin: 'P1D',
      thresholds: [
        { deadline: 'respond', offset: 'PT0S', action: 'remind' },
        { deadline: 'complete', offset: 'PT0S', action: 'reassign', group: ' ' },
      ],
    };
    expect(slaProblems(policy).map((p) => `${p.key}:${p.path}`)).toEqual([
      'missingDeadline:thresholds[0].deadline',
      'required:thresholds[1].group',
    ]);
    expect(() => parseSlaPolicy(serializeSla(policy)!)).toThrow();
    expect(slaProblems({ atRiskBefore: 'PT1H', thresholds: [] }).map((p) => p.key)).toEqual(['needDeadline']);
  });

  it('drops the fields of the previous action when the action changes', () => {
    // given a reassignment, when switched to escalate and back to remind, then only the fields of the new action remain
    const reassign = full.thresholds[2]!;
    expect(withAction(reassign, 'escalate')).toEqual({
      deadline: 'complete',
      offset: 'PT4H',
      action: 'escalate',
      escalationCode: '',
    });
    expect(withAction(reassign, 'remind')).toEqual({ deadline: 'complete', offset: 'PT4H', action: 'remind' });
  });

  it('reads a hand-edited value leniently and flags one that is not JSON', () => {
    // given broken JSON, when read, then the panel gets an empty policy and a problem to show
    expect(parseSla('{oops')).toEqual({ policy: { thresholds: [] }, problem: { key: 'json', path: 'baton:sla' } });
    expect(parseSla(undefined)).toEqual({ policy: { thresholds: [] } });
    // given a threshold with an unknown action, when read, then it shows as a reminder
    expect(parseSla('{"completeWithin":"P1D","thresholds":[{"action":"dance"}]}').policy.thresholds).toEqual([
      { deadline: 'complete', offset: 'PT0S', action: 'remind' },
    ]);
  });

  it('adds a reminder on the deadline the policy has', () => {
    // given only a respond deadline, when a threshold is added, then it counts from that deadline
    expect(newThreshold({ respondWithin: 'PT1H', thresholds: [] })).toEqual({
      deadline: 'respond',
      offset: 'PT0S',
      action: 'remind',
    });
    expect(newThreshold({ completeWithin: 'P1D', thresholds: [] }).deadline).toBe('complete');
  });

  it('takes completion variables only as a JSON object', () => {
    expect(parseVariables('{"approved": false}')).toEqual({ approved: false });
    expect(parseVariables('')).toEqual({});
    expect(parseVariables('[1]')).toBeUndefined();
    expect(parseVariables('approved=false')).toBeUndefined();
  });
});

import { SlaPolicyError, parseSlaPolicy } from './sla-policy.js';

describe('parseSlaPolicy', () => {
  it('reads a full policy, filling defaults (deadline complete, offset PT0S, variables {})', () => {
    const policy = parseSlaPolicy(JSON.stringify({
      respondWithin: 'PT4H',
      completeWithin: 'P2D',
      atRiskBefore: 'PT2H',
      thresholds: [
        { deadline: 'respond', offset: '-PT1H', action: 'remind' },
        { action: 'notifyManager', group: 'managers' },
        { offset: 'PT4H', action: 'reassign', group: ' team-leads ' },
        { offset: 'P1D', action: 'complete', variables: { approved: false } },
        { action: 'escalate', escalationCode: 'SLA_BREACH' },
        { action: 'complete' },
      ],
    }));
    expect(policy.thresholds).toEqual([
      { deadline: 'respond', offset: '-PT1H', action: 'remind' },
      { deadline: 'complete', offset: 'PT0S', action: 'notifyManager', group: 'managers' },
      { deadline: 'complete', offset: 'PT4H', action: 'reassign', group: 'team-leads' },
      { deadline: 'complete', offset: 'P1D', action: 'complete', variables: { approved: false } },
      { deadline: 'complete', offset: 'PT0S', action: 'escalate', escalationCode: 'SLA_BREACH' },
      { deadline: 'complete', offset: 'PT0S', action: 'complete', variables: {} },
    ]);
    expect(policy).toMatchObject({ respondWithin: 'PT4H', completeWithin: 'P2D', atRiskBefore: 'PT2H' });
  });

  it.each([
    { title: 'not JSON', raw: '{respondWithin: PT4H', says: 'not valid JSON' },
    { title: 'a list', raw: '[]', says: 'JSON object' },
    { title: 'no deadline', raw: '{}', says: 'respondWithin or completeWithin' },
    { title: 'a typo', raw: '{"completeWithn":"P1D"}', says: 'unknown key "completeWithn"' },
    { title: 'months', raw: '{"completeWithin":"P1M"}', says: 'completeWithin' },
    { title: 'zero', raw: '{"completeWithin":"PT0S"}', says: 'longer than zero' },
    { title: 'negative', raw: '{"respondWithin":"-PT1H"}', says: 'longer than zero' },
    { title: 'a number', raw: '{"completeWithin":3600}', says: 'completeWithin must be a business duration' },
    { title: 'unknown action', raw: '{"completeWithin":"P1D","thresholds":[{"action":"fire"}]}', says: 'thresholds[0].action' },
    { title: 'reassign without group', raw: '{"completeWithin":"P1D","thresholds":[{"action":"reassign"}]}', says: 'thresholds[0].group' },
    { title: 'escalate without code', raw: '{"completeWithin":"P1D","thresholds":[{"action":"escalate"}]}', says: 'thresholds[0].escalationCode' },
    { title: 'respond threshold without respondWithin', raw: '{"completeWithin":"P1D","thresholds":[{"deadline":"respond","action":"remind"}]}', says: 'respondWithin' },
    { title: 'bad offset', raw: '{"completeWithin":"P1D","thresholds":[{"offset":"1h","action":"remind"}]}', says: 'thresholds[0].offset' },
    { title: 'variables not an object', raw: '{"completeWithin":"P1D","thresholds":[{"action":"complete","variables":[1]}]}', says: 'thresholds[0].variables' },
  ])('refuses $title', ({ raw, says }) => {
    let caught: unknown;
    try {
      parseSlaPolicy(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlaPolicyError);
    expect((caught as SlaPolicyError).reason.en).toContain(says);
    expect((caught as SlaPolicyError).reason['zh-CN']).not.toBe('');
  });
});

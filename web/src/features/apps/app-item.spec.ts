import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, requestBody } from '@/test/mount-helpers';
import { openAppItem, openDraftOf, queryParam } from './app-item';

afterEach(() => vi.unstubAllGlobals());

const drafts = [
  { id: 'd3', kind: 'PROCESS' as const, key: 'customer_renewal', state: 'DEPLOYED' as const, bpmnXml: '<v3/>', formSchema: null },
  { id: 'd2', kind: 'FORM' as const, key: 'renewal_request', state: 'IN_REVIEW' as const, bpmnXml: null, formSchema: { id: 'renewal_request', components: [] } },
  { id: 'd1', kind: 'PROCESS' as const, key: 'other', state: 'CHANGES_REQUESTED' as const, bpmnXml: '<other/>', formSchema: null },
];

describe('openDraftOf', () => {
  it.each([
    { kind: 'PROCESS' as const, key: 'customer_renewal', id: undefined },
    { kind: 'FORM' as const, key: 'renewal_request', id: 'd2' },
    { kind: 'PROCESS' as const, key: 'other', id: 'd1' },
    { kind: 'FORM' as const, key: 'other', id: undefined },
  ])('$kind $key → $id', ({ kind, key, id }) => {
    // given an app's drafts, then only a draft still in review counts as open
    expect(openDraftOf(drafts, kind, key)?.id).toBe(id);
  });
});

describe('queryParam', () => {
  it.each([
    { value: 'customer-renewal', result: 'customer-renewal' },
    { value: ' x ', result: 'x' },
    { value: undefined, result: '' },
    { value: ['a', 'b'], result: '' },
  ])('$value → "$result"', ({ value, result }) => expect(queryParam(value)).toBe(result));
});

describe('openAppItem', () => {
  it('opens the open draft when there is one', async () => {
    // given the app has a form draft in review
    const fetchMock = mockGraphQL({ data: { drafts } });
    // when the designer opens the form, then it gets the draft's schema without asking for a deployed version
    const item = await openAppItem('customer-renewal', 'FORM', 'renewal_request');
    expect(item).toEqual({ content: drafts[1]?.formSchema, source: 'draft' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('falls back to the latest deployed version', async () => {
    // given no open draft of the process, and a deployed v3
    const fetchMock = mockGraphQL(
      { data: { drafts } },
      { data: { processDefinition: { id: 'p3', version: 3, bpmnXml: '<deployed/>' } } },
    );
    // when the modeller opens it, then it gets v3
    const item = await openAppItem('customer-renewal', 'PROCESS', 'customer_renewal');
    expect(item).toEqual({ content: '<deployed/>', source: 3 });
    expect(requestBody(fetchMock, 1).variables).toEqual({ bpmnProcessId: 'customer_renewal' });
  });

  it('opens nothing without an app or key, or when nothing exists', async () => {
    expect(await openAppItem('', 'FORM', 'x')).toBeNull();
    mockGraphQL({ data: { drafts: [] } }, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
    expect(await openAppItem('customer-renewal', 'FORM', 'missing')).toBeNull();
  });
});

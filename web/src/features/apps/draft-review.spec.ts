import { describe, expect, it } from 'vitest';
import type { DraftState, ModelDiffFieldsFragment } from '@/gql/graphql';
import {
  comparableVersions,
  diffMarkers,
  diffRows,
  draftActions,
  elementCommentsOf,
  formCommentTargets,
  processCommentTargets,
} from './draft-review';

const draft = (state: DraftState, contributorIds: string[] = ['author'], severities: string[] = []) => ({
  state,
  contributorIds,
  problems: severities.map((severity) => ({ severity, elementId: null, rule: 'r', message: 'm' })),
});

describe('draftActions', () => {
  it.each<{ state: DraftState; user: string; actions: string[]; ownDraft: boolean }>([
    { state: 'DRAFT', user: 'author', actions: ['submit'], ownDraft: true },
    { state: 'CHANGES_REQUESTED', user: 'author', actions: ['submit'], ownDraft: true },
    { state: 'IN_REVIEW', user: 'reviewer', actions: ['approve', 'requestChanges'], ownDraft: false },
    // offered to the author too: the server refuses and the page shows its reason
    { state: 'IN_REVIEW', user: 'author', actions: ['approve', 'requestChanges'], ownDraft: true },
    { state: 'DEPLOYED', user: 'reviewer', actions: [], ownDraft: false },
  ])('$state for $user → $actions', ({ state, user, actions, ownDraft }) => {
    // given a draft saved by "author", when a user looks at it, then these actions are offered
    const offer = draftActions(draft(state), user);
    expect(offer.actions).toEqual(actions);
    expect(offer.ownDraft).toBe(ownDraft);
  });

  it('counts only errors as blocking', () => {
    // given a draft with one error and two warnings, then one problem blocks the submission
    expect(draftActions(draft('DRAFT', ['a'], ['error', 'warning', 'warning']), 'a').blockingErrors).toBe(1);
  });

  it('treats a missing user as not a contributor', () => {
    expect(draftActions(draft('IN_REVIEW'), undefined).ownDraft).toBe(false);
  });
});

const RENEWAL_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="d">
  <bpmn:process id="customer_renewal" isExecutable="true">
    <bpmn:startEvent id="start" name="Request submitted" />
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="manager" />
    <bpmn:userTask id="manager" name="Sales manager approval" />
    <bpmn:exclusiveGateway id="gw" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="customer_renewal" /></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

describe('comment targets', () => {
  it('lists the flow elements of a model with their names, not the process or diagram', () => {
    // given a model, when its comment targets are listed, then each flow element is there once
    expect(processCommentTargets(RENEWAL_XML)).toEqual([
      { id: 'start', label: 'Request submitted (start)' },
      { id: 'f1', label: 'sequenceFlow f1' },
      { id: 'manager', label: 'Sales manager approval (manager)' },
      { id: 'gw', label: 'exclusiveGateway gw' },
    ]);
  });

  it('gives nothing for unreadable XML', () => {
    expect(processCommentTargets('<bpmn:definitions')).toEqual([]);
  });

  it('lists keyed fields of a form, nested ones included', () => {
    // given a schema with a group holding a field and a text view without a key
    const schema = {
      components: [
        { type: 'textfield', key: 'customer', label: 'Customer' },
        { type: 'text', text: '# Terms' },
        { type: 'group', label: 'Money', components: [{ type: 'number', key: 'discount' }] },
      ],
    };
    // then the keyed fields are the targets
    expect(formCommentTargets(schema)).toEqual([
      { id: 'customer', label: 'Customer (customer)' },
      { id: 'discount', label: 'discount' },
    ]);
    expect(formCommentTargets(null)).toEqual([]);
  });

  it('sends only complete element comments, trimmed', () => {
    expect(
      elementCommentsOf([
        { elementId: ' gw ', text: ' Use 20% ' },
        { elementId: 'manager', text: '  ' },
        { elementId: '', text: 'orphan' },
      ]),
    ).toEqual([{ elementId: 'gw', text: 'Use 20%' }]);
  });
});

const base: ModelDiffFieldsFragment = {
  kind: 'PROCESS',
  key: 'customer_renewal',
  fromVersion: 1,
  toVersion: 2,
  added: [],
  removed: [],
  changed: [],
  formFields: null,
};

describe('diffRows', () => {
  it('lists added, removed and changed elements of a process', () => {
    // given a process diff
    const rows = diffRows({
      ...base,
      added: [{ elementId: 'legal', name: 'Legal review', type: 'userTask' }],
      removed: [{ elementId: 'old', name: null, type: 'task' }],
      changed: [
        { elementId: 'gw', name: 'Discount?', type: 'exclusiveGateway', changes: [{ property: 'name', before: 'Discount > 15?', after: 'Discount?' }] },
      ],
    });
    // then each is one row, named, with its property changes
    expect(rows.map((row) => [row.change, row.id, row.name])).toEqual([
      ['added', 'legal', 'Legal review'],
      ['removed', 'old', 'old'],
      ['changed', 'gw', 'Discount?'],
    ]);
    expect(rows[2]?.details).toEqual([{ property: 'name', before: 'Discount > 15?', after: 'Discount?' }]);
    // and the diagram marks the added and changed ones
    expect(diffMarkers(rows)).toEqual({ added: ['legal'], changed: ['gw'] });
  });

  it('lists the fields of a form diff, renames once', () => {
    // given a form diff whose component lists repeat what the field lists say
    const rows = diffRows({
      ...base,
      kind: 'FORM',
      key: 'renewal_request',
      changed: [{ elementId: 'f_amount', name: null, type: 'number', changes: [] }],
      formFields: {
        added: ['region'],
        removed: ['fax'],
        renamed: [{ from: 'term', to: 'renewalTerm' }],
        changed: [{ key: 'amount', changes: [{ property: 'label', before: 'Amount', after: 'Annual amount' }] }],
      },
    });
    // then the rows are the fields
    expect(rows.map((row) => [row.change, row.id, row.name])).toEqual([
      ['added', 'region', 'region'],
      ['removed', 'fax', 'fax'],
      ['renamed', 'renewalTerm', 'term → renewalTerm'],
      ['changed', 'amount', 'amount'],
    ]);
  });
});

describe('comparableVersions', () => {
  it.each([
    { latest: null, versions: [] },
    { latest: 1, versions: [] },
    { latest: 3, versions: [3, 2] },
  ])('latest $latest → $versions', ({ latest, versions }) => {
    expect(comparableVersions(latest)).toEqual(versions);
  });
});

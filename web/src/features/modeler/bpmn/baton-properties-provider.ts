// A properties-panel group of Baton's own, added through `additionalModules` like bpmn-js's own features: pick a
// deployed form for a user task or start event, and the assignee / candidate group from the workspace's people.
import { SelectEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import type { Element } from 'bpmn-js/lib/model/Types';
import { approvalEntries } from './approval-properties';
import { type BatonDirectory, withCurrent } from './baton-directory';
import { suggestedGroup } from './lane-suggestion';
import { slaEntries } from './sla-properties';
import { type Injector, readExtension, takesForm, writeExtension } from './zeebe-extensions';

export type { BatonDirectory } from './baton-directory';

interface EntryProps {
  element: Element;
  id: string;
}

function FormEntry({ element, id }: EntryProps) {
  const injector = useService<Injector>('injector');
  const directory = useService<BatonDirectory>('config.batonDirectory');
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('form'),
    getValue: () => readExtension(element, 'zeebe:FormDefinition', 'formId'),
    setValue: (value: string) =>
      writeExtension(injector, element, 'zeebe:FormDefinition', { formId: value ?? '', formKey: '' }),
    getOptions: () =>
      withCurrent(
        directory.forms.map((form) => ({ value: form.formKey, label: `${form.name} (${form.formKey})` })),
        readExtension(element, 'zeebe:FormDefinition', 'formId'),
        directory.label('none'),
      ),
  });
}

function AssigneeEntry({ element, id }: EntryProps) {
  const injector = useService<Injector>('injector');
  const directory = useService<BatonDirectory>('config.batonDirectory');
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('assignee'),
    getValue: () => readExtension(element, 'zeebe:AssignmentDefinition', 'assignee'),
    setValue: (value: string) =>
      writeExtension(injector, element, 'zeebe:AssignmentDefinition', { assignee: value ?? '' }),
    getOptions: () =>
      withCurrent(
        directory.members.map((member) => ({ value: member.email, label: `${member.name} <${member.email}>` })),
        readExtension(element, 'zeebe:AssignmentDefinition', 'assignee'),
        directory.label('none'),
      ),
  });
}

function CandidateGroupEntry({ element, id }: EntryProps) {
  const injector = useService<Injector>('injector');
  const directory = useService<BatonDirectory>('config.batonDirectory');
  // a task in a lane named like a group gets that group first, marked as the lane's suggestion
  const suggestion = suggestedGroup(getBusinessObject(element), directory.groups);
  const current = () => readExtension(element, 'zeebe:AssignmentDefinition', 'candidateGroups');
  return h(SelectEntry, {
    element,
    id,
    label: directory.label('candidateGroup'),
    description:
      suggestion && current() !== suggestion.group.key
        ? directory.label('laneSuggests', { lane: suggestion.lane, group: suggestion.group.label })
        : undefined,
    getValue: current,
    setValue: (value: string) =>
      writeExtension(injector, element, 'zeebe:AssignmentDefinition', { candidateGroups: value ?? '' }),
    getOptions: () =>
      withCurrent(
        [...directory.groups]
          .sort((a, b) => Number(b.key === suggestion?.group.key) - Number(a.key === suggestion?.group.key))
          .map((group) => ({
            value: group.key,
            label: `${group.label} (${group.key})${group.key === suggestion?.group.key ? ' ★' : ''}`,
          })),
        current(),
        directory.label('none'),
      ),
  });
}

interface PanelGroup {
  id: string;
  label: string;
  entries: { id: string; element: Element; component: unknown; isEdited?: unknown }[];
}

export class BatonPropertiesProvider {
  static $inject = ['propertiesPanel', 'config.batonDirectory'];

  constructor(
    propertiesPanel: { registerProvider(priority: number, provider: BatonPropertiesProvider): void },
    private readonly directory: BatonDirectory,
  ) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: Element) {
    return (groups: PanelGroup[]): PanelGroup[] => {
      if (!takesForm(element)) return groups;
      const entries: PanelGroup['entries'] = [
        { id: 'baton-form', element, component: FormEntry, isEdited: isSelectEntryEdited },
      ];
      if (is(element, 'bpmn:UserTask')) {
        entries.push({ id: 'baton-assignee', element, component: AssigneeEntry, isEdited: isSelectEntryEdited });
        entries.push({
          id: 'baton-candidate-group',
          element,
          component: CandidateGroupEntry,
          isEdited: isSelectEntryEdited,
        });
      }
      const own: PanelGroup[] = [{ id: 'baton', label: this.directory.label('group'), entries }];
      if (is(element, 'bpmn:UserTask')) {
        own.push({
          id: 'baton-approval',
          label: this.directory.label('approval.title'),
          entries: approvalEntries(element, {
            checkbox: undefined,
            text: isTextFieldEntryEdited,
            select: isSelectEntryEdited,
          }) as PanelGroup['entries'],
        });
        own.push({
          id: 'baton-sla',
          label: this.directory.label('sla.title'),
          entries: slaEntries(element, isTextFieldEntryEdited) as PanelGroup['entries'],
        });
      }
      // right after "General", where a builder looks first
      groups.splice(Math.min(1, groups.length), 0, ...own);
      return groups;
    };
  }
}

export const batonPropertiesModule = {
  __init__: ['batonPropertiesProvider'],
  batonPropertiesProvider: ['type', BatonPropertiesProvider],
};

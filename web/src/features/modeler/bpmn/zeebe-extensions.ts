// Reads and writes Zeebe extension elements (zeebe:formDefinition, zeebe:assignmentDefinition) as properties-panel
// commands, so every change is one undoable step on the modeller's command stack.
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import type { Element } from 'bpmn-js/lib/model/Types';
import { type ModdleLike, readZeebeProperties, zeebePropertyCommands } from './zeebe-properties';

interface Moddle {
  $type: string;
  $parent?: Moddle;
  get(name: string): unknown;
}

interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): Moddle;
}

export interface Injector {
  get<T = unknown>(name: string): T;
}

interface UpdateCommand {
  cmd: 'element.updateModdleProperties';
  context: { element: Element; moddleElement: Moddle; properties: Record<string, unknown> };
}

export type ZeebeExtensionType = 'zeebe:FormDefinition' | 'zeebe:AssignmentDefinition';

function valuesOf(extensionElements: Moddle | undefined): Moddle[] {
  return (extensionElements?.get('values') as Moddle[] | undefined) ?? [];
}

export function findExtension(element: Element, type: ZeebeExtensionType): Moddle | undefined {
  const bo = getBusinessObject(element) as Moddle;
  return valuesOf(bo.get('extensionElements') as Moddle | undefined).find((value) => is(value, type));
}

/** An attribute of the element's extension of that type, or '' when there is none. */
export function readExtension(element: Element, type: ZeebeExtensionType, attribute: string): string {
  const value = findExtension(element, type)?.get(attribute);
  return typeof value === 'string' ? value : '';
}

function update(element: Element, moddleElement: Moddle, properties: Record<string, unknown>): UpdateCommand {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } };
}

/**
 * Sets attributes on the element's extension of the given type, creating `bpmn:extensionElements` and the extension
 * when missing; when every attribute ends up empty the extension is removed instead.
 */
export function writeExtension(injector: Injector, element: Element, type: ZeebeExtensionType, properties: Record<string, string>): void {
  const factory = injector.get<BpmnFactory>('bpmnFactory');
  const bo = getBusinessObject(element) as Moddle;
  const commands: UpdateCommand[] = [];
  let extensionElements = bo.get('extensionElements') as Moddle | undefined;
  let extension = findExtension(element, type);
  const cleaned = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, value.trim() || undefined]));
  const remaining = extension ? { ...attributesOf(extension), ...cleaned } : cleaned;
  if (Object.values(remaining).every((value) => value === undefined)) {
    if (extensionElements && extension) {
      commands.push(update(element, extensionElements, { values: valuesOf(extensionElements).filter((value) => value !== extension) }));
    }
  } else {
    if (!extensionElements) {
      extensionElements = factory.create('bpmn:ExtensionElements', { values: [] });
      extensionElements.$parent = bo;
      commands.push(update(element, bo, { extensionElements }));
    }
    if (!extension) {
      extension = factory.create(type, {});
      extension.$parent = extensionElements;
      commands.push(update(element, extensionElements, { values: [...valuesOf(extensionElements), extension] }));
    }
    commands.push(update(element, extension, cleaned));
  }
  if (commands.length > 0) injector.get<{ execute(name: string, context: unknown): void }>('commandStack').execute('properties-panel.multi-command-executor', commands);
}

const KNOWN_ATTRIBUTES: Record<ZeebeExtensionType, string[]> = {
  'zeebe:FormDefinition': ['formId', 'formKey', 'externalReference'],
  'zeebe:AssignmentDefinition': ['assignee', 'candidateGroups', 'candidateUsers'],
};

function attributesOf(extension: Moddle): Record<string, string | undefined> {
  const type = extension.$type as ZeebeExtensionType;
  return Object.fromEntries((KNOWN_ATTRIBUTES[type] ?? []).map((name) => [name, (extension.get(name) as string | undefined) || undefined]));
}

/** User tasks and plain (none) start events of a process can carry a Baton form. */
export function takesForm(element: Element): boolean {
  if (is(element, 'bpmn:UserTask')) return true;
  if (!is(element, 'bpmn:StartEvent')) return false;
  const bo = getBusinessObject(element) as Moddle;
  const definitions = (bo.get('eventDefinitions') as unknown[] | undefined) ?? [];
  return definitions.length === 0 && is(bo.$parent, 'bpmn:Process');
}

/** The element's `zeebe:property` values by name (Baton's own settings live there). */
export function zeebeProperties(element: Element): Map<string, string> {
  return readZeebeProperties(getBusinessObject(element) as ModdleLike);
}

/** Sets (string) or removes (undefined) `zeebe:property` entries as one undoable command. */
export function writeZeebeProperties(injector: Injector, element: Element, updates: Record<string, string | undefined>): void {
  const commands = zeebePropertyCommands(injector.get<BpmnFactory>('bpmnFactory'), element, getBusinessObject(element) as ModdleLike, updates);
  if (commands.length > 0) injector.get<{ execute(name: string, context: unknown): void }>('commandStack').execute('properties-panel.multi-command-executor', commands);
}

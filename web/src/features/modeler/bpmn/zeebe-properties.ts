// Reads and writes Camunda's generic `zeebe:properties` (name/value pairs) of an element, where Baton keeps its own
// settings (`baton:sla`, `baton:approvalActions`, …) so a model still opens in Camunda Modeler. Pure: the writer
// returns properties-panel commands, so this module does not import bpmn-js and is unit-tested on bpmn-moddle.

export interface ModdleLike {
  $type: string;
  $parent?: ModdleLike;
  get(name: string): unknown;
}

/** bpmn-js' bpmnFactory (or, in tests, the moddle itself): creates a moddle element of a type. */
export interface ModdleFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleLike;
}

export interface UpdateModdleCommand<E = unknown> {
  cmd: 'element.updateModdleProperties';
  context: { element: E; moddleElement: ModdleLike; properties: Record<string, unknown> };
}

const list = (owner: ModdleLike | undefined, name: string): ModdleLike[] =>
  (owner?.get(name) as ModdleLike[] | undefined) ?? [];

function propertiesOf(bo: ModdleLike): ModdleLike | undefined {
  return list(bo.get('extensionElements') as ModdleLike | undefined, 'values').find(
    (value) => value.$type === 'zeebe:Properties',
  );
}

/** The element's `zeebe:property` values by name; the first of a repeated name wins, as the server reads them. */
export function readZeebeProperties(bo: ModdleLike): Map<string, string> {
  const result = new Map<string, string>();
  for (const property of list(propertiesOf(bo), 'properties')) {
    const name = property.get('name');
    if (typeof name === 'string' && !result.has(name))
      result.set(name, (property.get('value') as string | undefined) ?? '');
  }
  return result;
}

export function readZeebeProperty(bo: ModdleLike, name: string): string | undefined {
  return readZeebeProperties(bo).get(name);
}

/**
 * Commands that set (string) or remove (undefined) the named `zeebe:property` entries of `bo`, creating
 * `bpmn:extensionElements` and `zeebe:properties` when missing and dropping an emptied `zeebe:properties`. Other
 * properties keep their place; repeated names are reduced to one. Run them as one `properties-panel.multi-command-executor`
 * step so the change undoes at once. Empty when nothing changes.
 */
export function zeebePropertyCommands<E>(
  factory: ModdleFactory,
  element: E,
  bo: ModdleLike,
  updates: Record<string, string | undefined>,
): UpdateModdleCommand<E>[] {
  const commands: UpdateModdleCommand<E>[] = [];
  const update = (moddleElement: ModdleLike, properties: Record<string, unknown>) =>
    commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } });
  const current = readZeebeProperties(bo);
  const changed = Object.entries(updates).filter(([name, value]) => current.get(name) !== value);
  if (changed.length === 0) return [];

  let extensionElements = bo.get('extensionElements') as ModdleLike | undefined;
  let container = propertiesOf(bo);
  const before = list(container, 'properties');
  const seen = new Set<string>();
  const after: ModdleLike[] = [];
  for (const property of before) {
    const name = property.get('name') as string;
    if (!(name in updates)) {
      after.push(property);
      continue;
    }
    if (seen.has(name)) continue; // a repeated name: keep only the first
    seen.add(name);
    const value = updates[name];
    if (value === undefined) continue;
    if (property.get('value') !== value) update(property, { value });
    after.push(property);
  }
  const added = changed.filter(([name, value]) => value !== undefined && !seen.has(name));

  if (after.length === 0 && added.length === 0) {
    if (container && extensionElements)
      update(extensionElements, { values: list(extensionElements, 'values').filter((value) => value !== container) });
    return commands;
  }
  if (!extensionElements) {
    extensionElements = factory.create('bpmn:ExtensionElements', { values: [] });
    extensionElements.$parent = bo;
    update(bo, { extensionElements });
  }
  if (!container) {
    container = factory.create('zeebe:Properties', { properties: [] });
    container.$parent = extensionElements;
    update(extensionElements, { values: [...list(extensionElements, 'values'), container] });
  }
  for (const [name, value] of added) {
    const property = factory.create('zeebe:Property', { name, value });
    property.$parent = container;
    after.push(property);
  }
  if (after.length !== before.length || after.some((property, i) => property !== before[i]))
    update(container, { properties: after });
  return commands;
}

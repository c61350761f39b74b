// bpmn-io packages ship plain JavaScript without type declarations; these are the parts Baton uses.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  export const ZeebePropertiesProviderModule: Record<string, unknown>;
}
declare module '@bpmn-io/properties-panel' {
  export const SelectEntry: unknown;
  export const TextFieldEntry: unknown;
  export const CheckboxEntry: unknown;
  export const CollapsibleEntry: unknown;
  export const ListEntry: unknown;
  export function isSelectEntryEdited(node: unknown): boolean;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isCheckboxEntryEdited(node: unknown): boolean;
}
declare module '@bpmn-io/properties-panel/preact' {
  export function h(type: unknown, props: Record<string, unknown> | null, ...children: unknown[]): unknown;
}
declare module '@bpmn-io/properties-panel/preact/hooks' {
  export function useCallback<T extends (...args: never[]) => unknown>(callback: T, deps: readonly unknown[]): T;
}
declare module 'camunda-bpmn-js-behaviors/lib/camunda-cloud' {
  const module: Record<string, unknown>;
  export default module;
}
declare module 'zeebe-bpmn-moddle/resources/zeebe.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
declare module 'bpmn-js-bpmnlint' {
  const module: Record<string, unknown>;
  export default module;
}
declare module 'bpmnlint/rules/*' {
  const ruleFactory: () => unknown;
  export default ruleFactory;
}
declare module 'bpmn-auto-layout' {
  export function layoutProcess(xml: string): Promise<string>;
}
declare module 'bpmn-js-properties-panel' {
  /** A properties-panel hook: a service of the modeller's injector, inside an entry component. */
  export function useService<T = unknown>(name: string): T;
}
declare module 'bpmn-moddle' {
  export interface ModdleNode {
    $type: string;
    id?: string;
    flowElements?: ModdleNode[];
    rootElements?: ModdleNode[];
    sourceRef?: ModdleNode;
    targetRef?: ModdleNode;
    incoming?: ModdleNode[];
    outgoing?: ModdleNode[];
  }
  export class BpmnModdle {
    constructor(extensions?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: ModdleNode; warnings: unknown[] }>;
    toXML(element: ModdleNode, options?: { format?: boolean }): Promise<{ xml: string }>;
  }
}
declare module 'bpmn-js-element-templates' {
  export const CloudElementTemplatesPropertiesProviderModule: Record<string, unknown>;
}
declare module 'bpmn-js-token-simulation/lib/modeler' {
  const module: Record<string, unknown>;
  export default module;
}

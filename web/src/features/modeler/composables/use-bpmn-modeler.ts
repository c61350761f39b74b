import type Modeler from 'bpmn-js/lib/Modeler';
import type { Element } from 'bpmn-js/lib/model/Types';
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import type { BatonDirectory } from '../bpmn/baton-properties-provider';
import { createModeler } from '../bpmn/create-modeler';
import { NEW_DIAGRAM_XML, prepareForImport } from '../bpmn/diagram-io';
import { flattenLintIssues, type ModelIssue } from '../bpmn/lint-issues';

interface CommandStack {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
}
interface EventBus {
  on(event: string, callback: (event: { issues?: Record<string, never[]>; active?: boolean }) => void): void;
}
interface Canvas {
  zoom(level: 'fit-viewport', center?: 'auto'): void;
  viewbox(): { x: number; y: number; width: number; height: number };
  getRootElement(): Element;
  scrollToElement(element: Element): void;
}
interface ElementRegistry {
  get(id: string): Element | undefined;
}

/** The bpmn-js modeller's life cycle in a Vue page, and the actions the toolbar and issues panel call. */
export function useBpmnModeler(directory: BatonDirectory) {
  const modeler = shallowRef<Modeler | null>(null);
  const canUndo = ref(false);
  const canRedo = ref(false);
  const lintIssues = ref<ModelIssue[]>([]);
  const dirty = ref(false);
  const hasCopy = ref(false);
  /** Token simulation is on: the diagram is read-only and the simulation palette shows. */
  const simulating = ref(false);

  function service<T>(name: string): T {
    if (!modeler.value) throw new Error('modeller not mounted');
    return modeler.value.get<T>(name);
  }

  function mount(canvas: HTMLElement, panel: HTMLElement): void {
    const instance = createModeler(canvas, panel, directory);
    const events = instance.get<EventBus>('eventBus');
    events.on('commandStack.changed', () => {
      const stack = instance.get<CommandStack>('commandStack');
      canUndo.value = stack.canUndo();
      canRedo.value = stack.canRedo();
      dirty.value = true;
    });
    events.on('linting.completed', (event) => {
      lintIssues.value = flattenLintIssues(event.issues ?? {});
    });
    events.on('copyPaste.elementsCopied', () => {
      hasCopy.value = true;
    });
    events.on('tokenSimulation.toggleMode', (event) => {
      simulating.value = event.active === true;
    });
    modeler.value = instance;
  }

  onBeforeUnmount(() => {
    modeler.value?.destroy();
    modeler.value = null;
  });

  /** Opens a model; one without diagram information is laid out first. Returns import warnings and whether it was laid out. */
  async function open(xml: string = NEW_DIAGRAM_XML): Promise<{ warnings: number; laidOut: boolean }> {
    const prepared = await prepareForImport(xml);
    const { warnings } = await service<Modeler>('bpmnjs').importXML(prepared.xml);
    service<Canvas>('canvas').zoom('fit-viewport', 'auto');
    canUndo.value = false;
    canRedo.value = false;
    dirty.value = false;
    return { warnings: warnings.length, laidOut: prepared.laidOut };
  }

  async function xml(): Promise<string> {
    if (!modeler.value) throw new Error('modeller not mounted');
    const { xml: text } = await modeler.value.saveXML({ format: true });
    return text ?? '';
  }

  async function svg(): Promise<string> {
    if (!modeler.value) throw new Error('modeller not mounted');
    return (await modeler.value.saveSVG()).svg;
  }

  /** Turns token simulation on or off (also the `t` key on the canvas). */
  function toggleSimulation(): void {
    service<{ toggleMode(active?: boolean): void }>('toggleMode').toggleMode();
  }

  const undo = () => service<CommandStack>('commandStack').undo();
  const redo = () => service<CommandStack>('commandStack').redo();

  function copy(): void {
    service<{ trigger(action: string): unknown }>('editorActions').trigger('copy');
  }

  /** Pastes the copied elements in the middle of what is on screen (the keyboard shortcut pastes at the mouse). */
  function paste(): void {
    const canvas = service<Canvas>('canvas');
    const box = canvas.viewbox();
    service<{ paste(context: object): void }>('copyPaste').paste({
      element: canvas.getRootElement(),
      point: { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) },
    });
  }

  /** Selects the element an issue names and scrolls it into view; false when the model has no such element. */
  function reveal(elementId: string): boolean {
    const element = service<ElementRegistry>('elementRegistry').get(elementId);
    if (!element) return false;
    service<Canvas>('canvas').scrollToElement(element);
    service<{ select(element: Element): void }>('selection').select(element);
    return true;
  }

  function elementName(elementId: string): string {
    const element = modeler.value?.get<ElementRegistry>('elementRegistry').get(elementId);
    const name = (element?.businessObject as { name?: string } | undefined)?.name;
    return name?.trim() || elementId;
  }

  return { modeler, canUndo, canRedo, lintIssues, dirty, hasCopy, simulating, mount, open, xml, svg, undo, redo, copy, paste, reveal, elementName, toggleSimulation };
}

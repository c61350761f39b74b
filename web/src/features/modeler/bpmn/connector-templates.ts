import type Modeler from 'bpmn-js/lib/Modeler';
import type { Element } from 'bpmn-js/lib/model/Types';

/** What `connectorTemplates` answers for one connector. */
export interface ConnectorTemplateEntry {
  pluginId: string;
  pluginVersion: string;
  type: string;
  version: string;
  template: unknown;
  templateZhCN: unknown;
}

/** A Camunda element template, as far as the chooser reads it. */
export interface ElementTemplate {
  id: string;
  name: string;
  version?: number;
  description?: string;
}

interface ElementTemplatesService {
  getLatest(element: Element): ElementTemplate[];
  applyTemplate(element: Element, template: ElementTemplate): Element;
}
interface ElementTemplatesLoader {
  setTemplates(templates: unknown[]): void;
}

/** The templates in the interface language (Chinese labels for zh-CN, English otherwise). */
export function templatesFor(entries: readonly ConnectorTemplateEntry[], locale: string): ElementTemplate[] {
  return entries.map((entry) => (locale === 'zh-CN' ? entry.templateZhCN : entry.template) as ElementTemplate);
}

/** Hands the templates to bpmn-js-element-templates (validated there; invalid ones are reported and left out). */
export function loadConnectorTemplates(modeler: Modeler, templates: ElementTemplate[]): void {
  modeler.get<ElementTemplatesLoader>('elementTemplatesLoader').setTemplates(templates);
}

/** The connector templates that apply to an element (service tasks and other tasks), latest version of each. */
export function applicableTemplates(modeler: Modeler, element: Element): ElementTemplate[] {
  return modeler.get<ElementTemplatesService>('elementTemplates').getLatest(element);
}

/** Applies a template: job type, zeebe:input mappings and task headers, as one undoable command. */
export function applyConnectorTemplate(modeler: Modeler, element: Element, template: ElementTemplate): Element {
  return modeler.get<ElementTemplatesService>('elementTemplates').applyTemplate(element, template);
}

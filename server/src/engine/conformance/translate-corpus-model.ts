import { translateBpmnElements } from './bpmn-elements-to-feel.js';
import { translateJuelConditions } from './juel-to-feel.js';

/**
 * The harness's translation of one `bpmn-exec` corpus file before deploy, by the dialect of its folder: bpmn-elements
 * expressions and JavaScript (strict: throws for unrecognised forms) or Camunda 7 JUEL conditions; FEEL models are
 * left as they are. Tests only: Baton's deploy path never translates.
 */
export function translateCorpusModel(file: string, xml: string): string {
  return file.startsWith('bpmn-elements/') ? translateBpmnElements(xml) : translateJuelConditions(xml);
}

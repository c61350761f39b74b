import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import type { DeployProblem } from '../deploy-problem.js';
import { type ModdleElement, isModdleElement } from './moddle-element.js';

type FromXmlResult = Awaited<ReturnType<BpmnModdle['fromXML']>>;
type ModdleWarning = FromXmlResult['warnings'][number];

/** A parsed BPMN document: the moddle tree (what bpmnlint walks) and its elements by id. */
export interface BpmnDocument {
  readonly definitions: ModdleElement;
  readonly elementsById: Readonly<Record<string, ModdleElement>>;
  readonly warnings: readonly string[];
}

export type ReadResult = { readonly ok: true; readonly document: BpmnDocument } | { readonly ok: false; readonly problem: DeployProblem };

let moddle: BpmnModdle | undefined;

function bpmnModdle(): BpmnModdle {
  moddle ??= new BpmnModdle({ zeebe });
  return moddle;
}

/** Reads BPMN XML with bpmn-moddle + zeebe-bpmn-moddle. Only call it on XML that passed `guardXml`. */
export async function readBpmnDocument(xml: string): Promise<ReadResult> {
  let result: FromXmlResult;
  try {
    result = await bpmnModdle().fromXML(xml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (reason.startsWith('failed to parse document as')) return notBpmn();
    return {
      ok: false,
      problem: {
        elementId: null,
        rule: 'xml-malformed',
        severity: 'error',
        message: { en: `The file is not valid BPMN XML: ${reason}`, 'zh-CN': `该文件不是有效的 BPMN XML：${reason}` },
      },
    };
  }
  const { rootElement, elementsById } = result;
  if (rootElement.$type !== 'bpmn:Definitions') return notBpmn();
  const warnings = result.warnings.filter((warning) => !resolvePrefixedReference(warning, elementsById)).map((warning) => warning.message);
  return { ok: true, document: { definitions: rootElement, elementsById, warnings } };
}

/** Where an unresolved loopDataInputRef's text is kept for the parser (a variable name). */
export const LOOP_DATA_INPUT_NAME = '$loopDataInputName';

function notBpmn(): ReadResult {
  return {
    ok: false,
    problem: {
      elementId: null,
      rule: 'xml-not-bpmn',
      severity: 'error',
      message: { en: 'The file is XML but not a BPMN 2.0 model.', 'zh-CN': '该文件是 XML，但不是 BPMN 2.0 模型。' },
    },
  };
}

/**
 * Camunda resolves `messageRef="tns:newInvoice"` by local name; bpmn-moddle leaves it unresolved. Resolve it the
 * same way so such models keep their message. Returns true when the warning was dealt with.
 */
function resolvePrefixedReference(warning: ModdleWarning, elementsById: Record<string, ModdleElement>): boolean {
  const { element, property, value } = warning;
  // Camunda 7's <loopDataInputRef>assigneeList</loopDataInputRef> names a process variable, not an element
  if (isModdleElement(element) && property === 'bpmn:loopDataInputRef' && value && !elementsById[value]) {
    (element as Record<string, unknown>)[LOOP_DATA_INPUT_NAME] = value;
    return true;
  }
  if (!isModdleElement(element) || !property || !value || !value.includes(':')) return false;
  const target = elementsById[value.slice(value.indexOf(':') + 1)];
  if (!target) return false;
  (element as Record<string, unknown>)[property.slice(property.indexOf(':') + 1)] = target;
  return true;
}

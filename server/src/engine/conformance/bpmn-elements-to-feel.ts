/**
 * Translates the bpmn-elements (paed01) dialect of the `bpmn-exec/bpmn-elements/` corpus models to Zeebe FEEL, as
 * the conformance harness does before deploy. Baton itself never accepts this dialect and never runs JavaScript:
 * this file only recognises a few fixed spellings by pattern and writes the FEEL that means the same, and throws a
 * {@link BpmnElementsTranslationError} naming the element for anything else, so no model passes by being skipped.
 *
 * Recognised forms:
 * - expression `${environment.variables.NAME}` (NAME a name or dotted path) → FEEL `NAME`
 *   (in sequence-flow conditions and timer values);
 * - JavaScript condition (`language="javascript"`) `next(null, environment.variables.NAME);` → FEEL `NAME`;
 * - JavaScript script task made of `environment.services.log("text");` calls and a final `next()` → a
 *   `zeebe:script` that appends each text to the list variable {@link SERVICES_LOG} (the harness's stand-in for
 *   bpmn-elements' log service, so a run can assert the log order); a script that only calls `next()` → `=null`.
 *
 * A condition is taken when its value is `true` (FEEL), where bpmn-elements takes any truthy value; a non-boolean
 * value becomes a CONDITION_ERROR incident in Baton, so that difference can only fail a run, never pass it.
 */
export class BpmnElementsTranslationError extends Error {
  constructor(
    readonly elementId: string,
    reason: string,
  ) {
    super(`bpmn-elements → FEEL: ${elementId}: ${reason}`);
    this.name = 'BpmnElementsTranslationError';
  }
}

/** The process variable that collects the texts the scripts log (`environment.services.log`). */
export const SERVICES_LOG = 'servicesLog';

const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';
const NAME = String.raw`[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*`;
const VARIABLE = String.raw`environment\.variables\.(${NAME})`;
const EXPRESSION = new RegExp(String.raw`^\s*\$\{\s*${VARIABLE}\s*\}\s*$`);
const NEXT_WITH_VARIABLE = new RegExp(String.raw`^\s*next\s*\(\s*null\s*,\s*${VARIABLE}\s*\)\s*;?\s*$`);
const LOG_CALL = /^\s*environment\.services\.log\s*\(\s*("[^"\\\r\n]*"|'[^'\\\r\n]*')\s*\)\s*(?:;|\r?\n|$)/;
const FINAL_NEXT = /^\s*next\s*\(\s*\)\s*;?\s*$/;

/** `${environment.variables.NAME}` → `NAME`; anything else is refused. */
export function bpmnElementsExpressionToFeel(expression: string, elementId: string): string {
  const match = EXPRESSION.exec(expression);
  if (!match) throw new BpmnElementsTranslationError(elementId, `expression "${expression.trim()}" is not \${environment.variables.NAME}`);
  return match[1];
}

/** JavaScript condition `next(null, environment.variables.NAME);` → `NAME`; anything else is refused. */
export function javascriptConditionToFeel(script: string, elementId: string): string {
  const match = NEXT_WITH_VARIABLE.exec(script);
  if (!match) throw new BpmnElementsTranslationError(elementId, `JavaScript condition "${script.trim()}" is not next(null, environment.variables.NAME)`);
  return match[1];
}

export interface FeelScript {
  /** FEEL, without the leading `=` */
  readonly expression: string;
  readonly resultVariable?: string;
}

/** A JavaScript script task body: `environment.services.log("text");`… then `next()`. Anything else is refused. */
export function javascriptScriptToFeel(script: string, elementId: string): FeelScript {
  const texts: string[] = [];
  let rest = script;
  for (let log = LOG_CALL.exec(rest); log; log = LOG_CALL.exec(rest)) {
    texts.push(log[1].slice(1, -1));
    rest = rest.slice(log[0].length);
  }
  if (!FINAL_NEXT.test(rest)) {
    throw new BpmnElementsTranslationError(
      elementId,
      `JavaScript script "${script.trim()}" is not environment.services.log("text") calls followed by next(); "${rest.trim()}" is not translated`,
    );
  }
  if (texts.length === 0) return { expression: 'null' };
  const items = texts.map((text) => `"${text}"`).join(', ');
  return { expression: `append(if ${SERVICES_LOG} = null then [] else ${SERVICES_LOG}, ${items})`, resultVariable: SERVICES_LOG };
}

/**
 * Rewrites a bpmn-elements corpus document: sequence-flow conditions, timer values and JavaScript script tasks.
 * Already-FEEL (`=…`) and plain values are left as they are; any `${…}` left in element text afterwards is refused.
 */
export function translateBpmnElements(xml: string): string {
  let out = xml.replace(SEQUENCE_FLOW, (whole, _prefix: string, attributes: string, body: string | undefined) => {
    if (body === undefined) return whole;
    const id = attribute(attributes, 'id') ?? '(sequence flow without id)';
    return whole.replace(CONDITION, (_c, open: string, text: string, close: string) => {
      const language = attribute(open, 'language');
      const value = textOf(text);
      if (language !== undefined && !/^(javascript|js)$/i.test(language)) {
        throw new BpmnElementsTranslationError(id, `condition language "${language}" is not translated`);
      }
      if (language !== undefined) return `${open.replace(/\s+language="[^"]*"/, '')}${escapeXml(`=${javascriptConditionToFeel(value, id)}`)}${close}`;
      if (!value.includes('${')) return `${open}${text}${close}`;
      return `${open}${escapeXml(`=${bpmnElementsExpressionToFeel(value, id)}`)}${close}`;
    });
  });
  out = out.replace(TIMER_EVENT, (whole, _prefix: string, _kind: string, attributes: string, body: string | undefined) => {
    if (body === undefined) return whole;
    const id = attribute(attributes, 'id') ?? '(event without id)';
    return whole.replace(TIMER_VALUE, (_t, open: string, text: string, close: string) => {
      const value = textOf(text);
      return value.includes('${') ? `${open}${escapeXml(`=${bpmnElementsExpressionToFeel(value, id)}`)}${close}` : `${open}${text}${close}`;
    });
  });
  let scripts = 0;
  out = out.replace(SCRIPT_TASK, (whole, prefix: string, attributes: string, body: string | undefined) => {
    const id = attribute(attributes, 'id') ?? '(script task without id)';
    const format = attribute(attributes, 'scriptFormat');
    const script = body === undefined ? undefined : SCRIPT.exec(body);
    if (format === undefined && !script) return whole;
    if (format === undefined || !/^(javascript|js)$/i.test(format)) throw new BpmnElementsTranslationError(id, `script format "${format ?? '(none)'}" is not translated`);
    if (!script || body === undefined) throw new BpmnElementsTranslationError(id, 'script task has a script format but no script');
    if (/extensionElements\b/.test(body)) throw new BpmnElementsTranslationError(id, 'script task already has extension elements');
    const feel = javascriptScriptToFeel(textOf(script[2]), id);
    const zeebe = `<zeebe:script expression="${escapeAttribute(`=${feel.expression}`)}"${feel.resultVariable ? ` resultVariable="${feel.resultVariable}"` : ''} />`;
    scripts++;
    const open = `<${prefix}scriptTask${attributes.replace(/\s+scriptFormat="[^"]*"/, '')}>`;
    return `${open}<${prefix}extensionElements>${zeebe}</${prefix}extensionElements>${body.replace(SCRIPT, '')}</${prefix}scriptTask>`;
  });
  if (scripts > 0) out = declareZeebe(out);
  refuseLeftovers(out);
  return out;
}

const SEQUENCE_FLOW = /<((?:[\w-]+:)?)sequenceFlow\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1sequenceFlow>)/g;
const CONDITION = /(<(?:[\w-]+:)?conditionExpression\b[^>]*>)([\s\S]*?)(<\/(?:[\w-]+:)?conditionExpression>)/g;
const TIMER_EVENT = /<((?:[\w-]+:)?)(startEvent|intermediateCatchEvent|boundaryEvent)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\2>)/g;
const TIMER_VALUE = /(<(?:[\w-]+:)?(?:timeDate|timeDuration|timeCycle)\b[^>]*>)([\s\S]*?)(<\/(?:[\w-]+:)?(?:timeDate|timeDuration|timeCycle)>)/g;
const SCRIPT_TASK = /<((?:[\w-]+:)?)scriptTask\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1scriptTask>)/g;
const SCRIPT = /<((?:[\w-]+:)?)script\b[^>]*>([\s\S]*?)<\/\1script>/;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(String.raw`\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

function declareZeebe(xml: string): string {
  const bound = /\sxmlns:zeebe="([^"]*)"/.exec(xml);
  if (bound && bound[1] !== ZEEBE_NS) throw new BpmnElementsTranslationError('definitions', `the prefix zeebe is bound to "${bound[1]}"`);
  if (bound) return xml;
  return xml.replace(/<((?:[\w-]+:)?)definitions\b/, (open) => `${open} xmlns:zeebe="${ZEEBE_NS}"`);
}

/** Any `${` still in element text (not in foreign attributes such as camunda:dueDate, which Baton does not read). */
function refuseLeftovers(xml: string): void {
  const left = /(?:>[^<]*|<!\[CDATA\[(?:(?!\]\]>)[\s\S])*?)\$\{/.exec(xml);
  if (!left) return;
  const ids = [...xml.slice(0, left.index).matchAll(/\sid="([^"]*)"/g)];
  throw new BpmnElementsTranslationError(ids.at(-1)?.[1] ?? '(document)', `"\${…}" near "${xml.slice(left.index, left.index + 80).trim()}" is in an element this harness does not translate`);
}

function textOf(body: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  return cdata ? cdata[1] : unescapeXml(body);
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;');
}

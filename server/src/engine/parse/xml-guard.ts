import type { DeployProblem, LocalizedText } from '../deploy-problem.js';
import type { ParseLimits } from './parse-limits.js';

export type XmlGuardCode = 'xml-empty' | 'xml-too-large' | 'xml-doctype' | 'xml-entity' | 'xml-too-deep' | 'xml-too-many-elements';

export type XmlGuardResult = { readonly ok: true; readonly elements: number } | { readonly ok: false; readonly code: XmlGuardCode; readonly problem: DeployProblem };

/**
 * One linear pass over the markup, before any parser sees it: no DOM, constant extra memory, and it stops at
 * the first limit crossed. DTDs are refused outright, which rules out entity expansion (billion laughs) and
 * external entities; depth and element count bound what bpmn-moddle will build.
 */
export function guardXml(xml: string, limits: ParseLimits): XmlGuardResult {
  if (xml.trim() === '') return refuse('xml-empty', { en: 'The BPMN file is empty.', 'zh-CN': 'BPMN 文件为空。' });
  // a UTF-16 code unit is at most 3 UTF-8 bytes, so the exact byte count is only needed near the limit
  if (xml.length > limits.maxBytes || (xml.length * 3 > limits.maxBytes && Buffer.byteLength(xml, 'utf8') > limits.maxBytes)) {
    const mb = (limits.maxBytes / (1024 * 1024)).toFixed(1);
    return refuse('xml-too-large', { en: `The BPMN file is larger than the ${mb} MB limit.`, 'zh-CN': `BPMN 文件超过了 ${mb} MB 的大小上限。` });
  }
  let depth = 0;
  let elements = 0;
  let pos = xml.indexOf('<');
  while (pos !== -1) {
    let end: number;
    if (xml.startsWith('<!--', pos)) {
      end = closeOf(xml, '-->', pos + 4);
    } else if (xml.startsWith('<![CDATA[', pos)) {
      end = closeOf(xml, ']]>', pos + 9);
    } else if (xml.startsWith('<?', pos)) {
      end = closeOf(xml, '?>', pos + 2);
    } else if (xml.startsWith('<!', pos)) {
      return declaration(xml.slice(pos + 2, pos + 9).toUpperCase());
    } else if (xml.startsWith('</', pos)) {
      depth -= 1;
      end = closeOf(xml, '>', pos + 2);
    } else {
      end = tagEnd(xml, pos + 1);
      elements += 1;
      if (elements > limits.maxElements) {
        return refuse('xml-too-many-elements', {
          en: `The BPMN file has more than ${limits.maxElements} XML elements.`,
          'zh-CN': `BPMN 文件的 XML 元素超过了 ${limits.maxElements} 个。`,
        });
      }
      if (depth + 1 > limits.maxDepth) {
        return refuse('xml-too-deep', {
          en: `The BPMN file nests elements more than ${limits.maxDepth} levels deep.`,
          'zh-CN': `BPMN 文件的元素嵌套超过了 ${limits.maxDepth} 层。`,
        });
      }
      if (end !== -1 && xml.charCodeAt(end - 1) !== 47 /* '/' */) depth += 1;
    }
    // unterminated markup: the parser reports it as malformed
    if (end === -1) break;
    pos = xml.indexOf('<', end + 1);
  }
  return { ok: true, elements };
}

function declaration(keyword: string): XmlGuardResult {
  if (keyword.startsWith('ENTITY')) {
    return refuse('xml-entity', {
      en: 'The BPMN file declares XML entities, which Baton does not accept.',
      'zh-CN': 'BPMN 文件声明了 XML 实体（ENTITY），Baton 不接受此类文件。',
    });
  }
  return refuse('xml-doctype', {
    en: 'The BPMN file contains a document type declaration (DOCTYPE), which Baton does not accept.',
    'zh-CN': 'BPMN 文件包含文档类型声明（DOCTYPE），Baton 不接受此类文件。',
  });
}

/** index of the last character of `close`, or -1 */
function closeOf(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at === -1 ? -1 : at + close.length - 1;
}

/** index of the `>` ending a start tag, skipping `>` inside quoted attribute values, or -1 */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i += 1) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    }
  }
  return -1;
}

function refuse(code: XmlGuardCode, message: LocalizedText): XmlGuardResult {
  return { ok: false, code, problem: { elementId: null, rule: code, severity: 'error', message } };
}

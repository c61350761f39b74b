/**
 * Translates the simple JUEL conditions of the Camunda 7 corpus models (`${input == 1}`, `${a && !b}`) to FEEL,
 * as the conformance harness does before deploy. Baton itself never accepts JUEL. Returns undefined for
 * anything beyond comparisons, arithmetic and boolean operators (method calls, ternaries, `empty`).
 */
export function juelToFeel(juel: string): string | undefined {
  const match = /^\s*[$#]\{([\s\S]*)\}\s*$/.exec(juel);
  if (!match) return undefined;
  const body = match[1].trim();
  if (body === '' || /[?:()]|\bempty\b|\bnew\b/.test(body.replace(/"[^"]*"|'[^']*'/g, '""'))) return undefined;
  const tokens = body.match(/"[^"]*"|'[^']*'|==|!=|<=|>=|&&|\|\||[<>!+\-*/%]|[A-Za-z_][\w.]*|\d+(?:\.\d+)?|\s+/g);
  if (!tokens || tokens.join('') !== body) return undefined;
  const out: string[] = [];
  let negateNext = false;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) continue;
    const feel = translateToken(token);
    if (feel === '!') {
      negateNext = true;
      continue;
    }
    out.push(negateNext ? `not(${feel})` : feel);
    negateNext = false;
  }
  return negateNext ? undefined : out.join(' ');
}

const OPERATORS: Readonly<Record<string, string>> = {
  '==': '=', eq: '=', '!=': '!=', ne: '!=', '<': '<', lt: '<', '>': '>', gt: '>', '<=': '<=', le: '<=', '>=': '>=', ge: '>=',
  '&&': 'and', and: 'and', '||': 'or', or: 'or', '!': '!', not: '!', div: '/', mod: '%',
};

function translateToken(token: string): string {
  if (token in OPERATORS) return OPERATORS[token];
  if (token.startsWith("'")) return `"${token.slice(1, -1)}"`;
  // Camunda 7's multi-instance counters are Zeebe's numberOf… variables
  if (token in CAMUNDA7_COUNTERS) return CAMUNDA7_COUNTERS[token];
  return token;
}

const CAMUNDA7_COUNTERS: Readonly<Record<string, string>> = {
  nrOfInstances: 'numberOfInstances',
  nrOfActiveInstances: 'numberOfActiveInstances',
  nrOfCompletedInstances: 'numberOfCompletedInstances',
};

const CONDITION = /(<(?:[\w-]+:)?(conditionExpression|completionCondition|loopCardinality|timeDate|timeDuration|timeCycle)\b[^>]*>)([\s\S]*?)(<\/(?:[\w-]+:)?\2>)/g;

/** Rewrites every translatable JUEL sequence-flow or completion condition, loop cardinality or timer value of a BPMN document to `=FEEL`. */
export function translateJuelConditions(xml: string): string {
  return xml.replace(CONDITION, (whole, open: string, _element: string, body: string, close: string) => {
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
    const feel = juelToFeel(cdata ? cdata[1] : unescapeXml(body));
    return feel === undefined ? whole : `${open}${escapeXml(`=${feel}`)}${close}`;
  });
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

import { DEFAULT_PARSE_LIMITS, resolveParseLimits } from './parse-limits.js';
import { guardXml } from './xml-guard.js';

const wrap = (body: string) => `<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">${body}</definitions>`;
const nested = (depth: number) => wrap('<a>'.repeat(depth) + '</a>'.repeat(depth));
const manyElements = (count: number) => wrap('<task id="t"/>'.repeat(count));
const billionLaughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  '<definitions>&lol9;</definitions>',
].join('\n');

describe('guardXml', () => {
  it.each([
    { title: 'an empty document', xml: '   ', code: 'xml-empty' },
    { title: 'a DOCTYPE declaration', xml: '<?xml version="1.0"?><!DOCTYPE definitions SYSTEM "file:///etc/passwd"><definitions/>', code: 'xml-doctype' },
    { title: 'a lower-case doctype', xml: '<!doctype x><definitions/>', code: 'xml-doctype' },
    { title: 'an ENTITY declaration outside a DOCTYPE', xml: wrap('<!ENTITY x "y">'), code: 'xml-entity' },
    { title: 'a billion-laughs document', xml: billionLaughs, code: 'xml-doctype' },
    { title: 'nesting deeper than the limit', xml: nested(DEFAULT_PARSE_LIMITS.maxDepth + 1), code: 'xml-too-deep' },
    { title: 'more elements than the limit', xml: manyElements(DEFAULT_PARSE_LIMITS.maxElements + 1), code: 'xml-too-many-elements' },
    { title: 'a document over the size limit', xml: wrap(`<documentation>${'x'.repeat(DEFAULT_PARSE_LIMITS.maxBytes)}</documentation>`), code: 'xml-too-large' },
  ])('refuses $title', ({ xml, code }) => {
    // given hostile input / when guarded
    const result = guardXml(xml, DEFAULT_PARSE_LIMITS);
    // then it is refused with that code, as a document-level error
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.problem).toMatchObject({ elementId: null, rule: code, severity: 'error' });
    expect(result.problem.message['zh-CN']).not.toBe('');
  });

  it('refuses 10^5 elements quickly', () => {
    // given a document of 100,000 elements (about 1.4 MB)
    const xml = manyElements(100_000);
    // when guarded
    const started = performance.now();
    const result = guardXml(xml, DEFAULT_PARSE_LIMITS);
    // then it is refused, well under a second
    expect(result).toMatchObject({ ok: false, code: 'xml-too-many-elements' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses billion laughs without expanding it', () => {
    // given the classic entity-expansion bomb / when guarded
    const started = performance.now();
    const result = guardXml(billionLaughs, DEFAULT_PARSE_LIMITS);
    // then it is refused at once
    expect(result).toMatchObject({ ok: false, code: 'xml-doctype' });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('counts multi-byte characters against the size limit', () => {
    // given 400 three-byte characters under a 1,000-byte limit
    const xml = wrap(`<documentation>${'流'.repeat(400)}</documentation>`);
    // when guarded / then it is too large although it has fewer than 1,000 UTF-16 units
    expect(guardXml(xml, resolveParseLimits({ maxBytes: 1000 }))).toMatchObject({ ok: false, code: 'xml-too-large' });
  });

  it.each([
    { title: 'comments and CDATA that mention <!DOCTYPE and <!ENTITY', xml: wrap('<!-- <!DOCTYPE x> --><script><![CDATA[ <!ENTITY a "b"> ]]></script>') },
    { title: '">" inside attribute values', xml: wrap('<sequenceFlow id="f" name="a > b"/><task id="t"/>') },
    { title: 'nesting exactly at the limit', xml: '<a>'.repeat(DEFAULT_PARSE_LIMITS.maxDepth) + '</a>'.repeat(DEFAULT_PARSE_LIMITS.maxDepth) },
  ])('accepts $title', ({ xml }) => {
    // given harmless input / when guarded / then it passes
    expect(guardXml(xml, DEFAULT_PARSE_LIMITS).ok).toBe(true);
  });

  it('counts self-closing elements without deepening', () => {
    // given 3 siblings, one nested element and the root
    const result = guardXml(wrap('<a/><b/><c><d/></c>'), resolveParseLimits({ maxDepth: 3 }));
    // then all 5 elements are counted and depth 3 is allowed
    expect(result).toEqual({ ok: true, elements: 5 });
  });
});

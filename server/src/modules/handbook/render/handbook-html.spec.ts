import type { FormSchema } from '@baton/sdk';
import { parseBpmn } from '../../../engine/index.js';
import { renewalBpmn, renewalFormSchema } from '../../../../test/integration/apps-fixtures.js';
import { handbookHtml, HandbookProcess } from './handbook-html.util.js';
import type { HandbookContext } from './handbook-steps.util.js';

async function processOf(xml: string): Promise<HandbookProcess> {
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) throw new Error('unparseable');
  return { bpmnProcessId: 'customer_renewal', version: 3, model: parsed.processes[0], definitions: parsed.document.definitions };
}

const context = (lang: 'en' | 'zh-CN'): HandbookContext => ({
  lang,
  groups: new Map([['sales-managers', lang === 'en' ? 'Sales managers' : '销售经理'], ['finance', lang === 'en' ? 'Finance' : '财务']]),
  people: new Map(),
  forms: new Map([['renewal_request', renewalFormSchema() as unknown as FormSchema]]),
});

const relativeDeadline = (xml: string) => xml.replace('dueDate="2030-01-31T12:00:00Z"', 'dueDate="=now() + duration(&quot;P2D&quot;)"');

describe('handbookHtml', () => {
  it('draws the diagram and describes each step: role, form fields, deadline, escalation, decisions', async () => {
    // given the renewal process with a 2-day deadline and a 4-hour reminder
    const process = await processOf(relativeDeadline(renewalBpmn({ withTimer: true })));
    // when rendered in English
    const html = handbookHtml('Customer renewal approval · Process handbook', [process], context('en'), new Date('2026-01-01T00:00:00Z'));
    // then the diagram is an inline SVG with one group per element
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    for (const id of ['start', 'manager', 'gw', 'finance', 'end', 'f_big']) expect(html).toContain(`data-element-id="${id}"`);
    // and the steps come in the order a token meets them
    const order = ['Request submitted', 'Sales manager approval', 'Discount above 15%?', 'Finance approval', 'Decided'].map((name) => html.indexOf(`<h3>${name}`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(html).toContain('members of Sales managers');
    expect(html).toContain('<strong>Deadline:</strong> 2 days after the task starts');
    expect(html).toContain('After 4 hours, the task stays open and the flow also goes to <strong>Manager reminded</strong>');
    expect(html).toContain('when Discount % is greater than 15 → <strong>Finance approval</strong>');
    expect(html).toContain('otherwise → <strong>Decided</strong>');
    expect(html).toContain('<tr><td>Renewal term</td><td><code>term</code></td><td>read-only</td></tr>');
    expect(html).toContain('<tr><td>Discount %</td><td><code>discount</code></td><td>editable</td></tr>');
    expect(html).not.toContain('<script');
  });

  it('writes Chinese, escapes model text, and lists the steps without a diagram when the XML has no DI', async () => {
    const process = await processOf(relativeDeadline(renewalBpmn({ withDiagram: false, managerName: '&lt;script&gt;alert(1)&lt;/script&gt; 经理审批' })));
    const html = handbookHtml('客户续费审批 · 流程手册', [process], context('zh-CN'), new Date());
    expect(html).not.toContain('<svg');
    expect(html).toContain('没有图形信息');
    expect(html).toContain('以下组的成员： 销售经理');
    expect(html).toContain('任务开始后 2天');
    expect(html).toContain('当 Discount %大于 15 → <strong>Finance approval</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 经理审批');
    expect(html).not.toContain('<script');
  });
});

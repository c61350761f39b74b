import type { Locale } from '../../../common/errors/baton.exception.js';
import type { ProcessModel } from '../../../engine/index.js';
import type { ModdleElement } from '../../../engine/parse/moddle-element.js';
import { diagramSvg } from './diagram-svg.util.js';
import { escapeHtml as e } from './escape.util.js';
import { HandbookContext, labelsOf, stepHtml, stepsInOrder } from './handbook-steps.util.js';

export interface HandbookProcess {
  bpmnProcessId: string;
  version: number;
  model: ProcessModel;
  definitions: ModdleElement;
}

const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222}
figure{margin:1rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}code{background:#f4f4f4;padding:0 .2rem}
.step{margin:1rem 0}.step h3{margin:.2rem 0}section{page-break-before:always}section:first-of-type{page-break-before:auto}
@media print{body{margin:0}}`;

const WORDS = {
  version: { en: 'version', zh: '版本' },
  generated: { en: 'Generated', zh: '生成于' },
  noDiagram: {
    en: 'This model has no diagram information (BPMN DI), so no diagram is drawn; the steps below list its elements.',
    zh: '该模型没有图形信息（BPMN DI），因此无法绘制流程图；以下按步骤列出其元素。',
  },
  empty: { en: 'This app has no deployed process yet.', zh: '此应用还没有已发布的流程。' },
  steps: { en: 'Steps', zh: '步骤' },
} as const;

const w = (key: keyof typeof WORDS, lang: Locale) => (lang === 'zh-CN' ? WORDS[key].zh : WORDS[key].en);

/** The whole handbook page: self-contained HTML (inline SVG and CSS, no scripts) that prints to PDF in a browser. */
export function handbookHtml(title: string, processes: HandbookProcess[], ctx: HandbookContext, now: Date): string {
  const { lang } = ctx;
  const sections = processes.map((p) => {
    const svg = diagramSvg(p.definitions, p.bpmnProcessId);
    const labels = labelsOf(p.model, ctx.forms);
    const steps = stepsInOrder(p.model).map((node) => stepHtml(node, p.model, ctx, labels)).filter((s): s is string => s !== null);
    return `<section data-process-id="${e(p.bpmnProcessId)}"><h2>${e(p.model.name?.trim() || p.bpmnProcessId)} <small>${e(w('version', lang))} ${p.version}</small></h2>
${svg ? `<figure>${svg}</figure>` : `<p class="no-diagram">${e(w('noDiagram', lang))}</p>`}
<h3>${e(w('steps', lang))}</h3><ol class="steps">${steps.join('\n')}</ol></section>`;
  });
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head>
<body><h1>${e(title)}</h1><p><small>${e(w('generated', lang))} ${now.toISOString()}</small></p>
${sections.length ? sections.join('\n') : `<p>${e(w('empty', lang))}</p>`}
</body></html>`;
}

import type { DeployProblem } from '../deploy-problem.js';
import { type ParseNote, buildProcessModel } from './build-process-model.js';
import { children, flag } from './moddle-element.js';
import { type ParseLimits, resolveParseLimits } from './parse-limits.js';
import type { ProcessModel } from './process-model.js';
import { type BpmnDocument, readBpmnDocument } from './read-bpmn-document.js';
import { guardXml } from './xml-guard.js';

export type ParseResult =
  | {
      readonly ok: true;
      /** one model per `isExecutable="true"` process, in document order */
      readonly processes: readonly ProcessModel[];
      readonly notes: readonly ParseNote[];
      /** the moddle tree, for linting */
      readonly document: BpmnDocument;
    }
  | { readonly ok: false; readonly problems: readonly DeployProblem[] };

/**
 * Guards, reads and models a BPMN document. Hostile or malformed input yields `ok: false` with the reason;
 * it never throws for bad input.
 */
export async function parseBpmn(xml: string, limits?: Partial<ParseLimits>): Promise<ParseResult> {
  const guard = guardXml(xml, resolveParseLimits(limits));
  if (!guard.ok) return { ok: false, problems: [guard.problem] };
  const read = await readBpmnDocument(xml);
  if (!read.ok) return { ok: false, problems: [read.problem] };

  const processes: ProcessModel[] = [];
  const notes: ParseNote[] = [];
  for (const process of children(read.document.definitions, 'rootElements')) {
    if (process.$type !== 'bpmn:Process') continue;
    const id = process.id ?? '';
    if (flag(process, 'isExecutable') !== true) {
      notes.push({
        elementId: id,
        message: {
          en: `Process ${id} is not marked executable, so it was skipped.`,
          'zh-CN': `流程 ${id} 未标记为可执行（isExecutable），已跳过。`,
        },
      });
      continue;
    }
    const built = buildProcessModel(process);
    processes.push(built.model);
    notes.push(...built.notes);
  }
  return { ok: true, processes, notes, document: read.document };
}

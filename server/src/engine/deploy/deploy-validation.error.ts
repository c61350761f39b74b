import type { DeployProblem, LocalizedText } from '../deploy-problem.js';

export enum DeployValidationCode {
  /** refused before parsing: DOCTYPE/ENTITY, size, depth or element-count limits */
  HOSTILE_XML = 'HOSTILE_XML',
  /** not well-formed XML, or XML that is not BPMN 2.0 */
  MALFORMED_XML = 'MALFORMED_XML',
  /** parsed, but no process is marked executable */
  NO_EXECUTABLE_PROCESS = 'NO_EXECUTABLE_PROCESS',
  /** parsed, but lint found problems that stop it from running */
  INVALID_MODEL = 'INVALID_MODEL',
}

const SUMMARIES: Record<DeployValidationCode, LocalizedText> = {
  [DeployValidationCode.HOSTILE_XML]: { en: 'The BPMN file was refused for safety reasons.', 'zh-CN': '出于安全原因，已拒绝该 BPMN 文件。' },
  [DeployValidationCode.MALFORMED_XML]: { en: 'The file could not be read as BPMN.', 'zh-CN': '无法将该文件读取为 BPMN。' },
  [DeployValidationCode.NO_EXECUTABLE_PROCESS]: {
    en: 'The model has no executable process: mark a process as executable.',
    'zh-CN': '模型中没有可执行流程：请将流程标记为可执行。',
  },
  [DeployValidationCode.INVALID_MODEL]: { en: 'The process cannot be deployed until these problems are fixed.', 'zh-CN': '修复以下问题后才能发布该流程。' },
};

/**
 * A refused deploy, listing every problem. Returned by `validateDeployment`, never a GraphQL error: the service
 * layer maps it to `BAD_USER_INPUT` with the element ids.
 */
export class DeployValidationError extends Error {
  readonly summary: LocalizedText;

  constructor(
    readonly code: DeployValidationCode,
    /** the blocking problems (severity `error`) */
    readonly problems: readonly DeployProblem[],
    /** non-blocking findings, for the modeller */
    readonly warnings: readonly DeployProblem[] = [],
  ) {
    super(`${SUMMARIES[code].en} ${problems.map((p) => p.message.en).join(' ')}`.trim());
    this.name = 'DeployValidationError';
    this.summary = SUMMARIES[code];
  }

  get elementIds(): string[] {
    return [...new Set(this.problems.flatMap((p) => (p.elementId === null ? [] : [p.elementId])))];
  }
}

export { parseBpmn, type ParseResult } from './parse-bpmn.js';
export type { ParseNote } from './build-process-model.js';
export { DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse-limits.js';
export type { BpmnDocument } from './read-bpmn-document.js';
export * from './process-model.js';

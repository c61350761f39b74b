/** Baton's BPMN engine: the deploy-time half (guard, parse, lint). The persistent runtime builds on these types. */
export { validateDeployment, type DeployValidation, type DeployValidationOptions } from './deploy/validate-deployment.js';
export { DeployValidationCode, DeployValidationError } from './deploy/deploy-validation.error.js';
export type { DeployProblem, LocalizedText, ProblemSeverity } from './deploy-problem.js';
export { NOT_YET_SUPPORTED, type EngineFeature } from './lint/not-yet-supported.js';
export * from './parse/index.js';

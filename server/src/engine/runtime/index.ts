/** The persistent runtime: commands run inside the caller's transaction on a locked instance row. */
export { lockInstance, resume, startInstance, type LockedInstance } from './commands.js';
export { EngineLoopError, Execution, MAX_STEPS_PER_COMMAND } from './execution.js';
export { IncidentError, type Actor, type Variables } from './runtime-types.js';
export { visibleVariables } from './visible-variables.js';

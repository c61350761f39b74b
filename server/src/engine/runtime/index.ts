/** The persistent runtime: commands run inside the caller's transaction on a locked instance row. */
export { lockInstance, lockInstanceOf, resume, startInstance, type LockedInstance, type StartOptions } from './commands.js';
export { EngineLoopError, Execution, MAX_STEPS_PER_COMMAND, NoStartEventError } from './execution.js';
export { IncidentError, type Actor, type Variables } from './runtime-types.js';
export type { Alongside } from './runtime-store.js';
export { visibleVariables, visibleVariablesOf } from './visible-variables.js';
export { systemClock, type Clock } from './clock.js';
export { fireTimer, type FireOutcome, type TimerRow } from './timer-commands.js';
export { correlateFromBuffer, correlateSubscription, startByMessage, type PublishedMessage, type SubscriptionRow } from './message-commands.js';
export { messageNamesOf, openStartEvents, StartEventError } from './start-events.js';
export { broadcastQueuedSignal, broadcastSignal, type BroadcastOutcome, type SignalTrigger } from './signal-commands.js';
export { modifyInstance, setInstanceVariables, type ActivateInstruction, type ModificationProblem } from './modification.js';
export { checkMigrationPlan, migrateInstance, type MigrationMapping, type MigrationTarget } from './migration.js';
export { MI_BODY, multiInstanceLimit } from './multi-instance.js';
export { returnTargets, returnTo, type ReturnTarget } from './return-to.js';

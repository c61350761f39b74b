import type { FlowNode } from '../../parse/process-model.js';
import type { Behaviour } from './behaviour.js';
import { callActivity } from './call-activity.js';
import { endEvent } from './end-event.js';
import { eventBasedGateway } from './event-gateway.js';
import { exclusiveGateway, inclusiveGateway, parallelGateway } from './gateways.js';
import { jobTask } from './job-task.js';
import { intermediateThrowEvent, passThrough } from './pass-through.js';
import { intermediateCatchEvent, receiveTask } from './catch-event.js';
import { scriptTask } from './script-task.js';
import { subProcess } from './sub-process.js';
import { userTask } from './user-task.js';

/**
 * The kinds the runtime executes, one behaviour each. Anything else was refused at deploy (NOT_YET_SUPPORTED),
 * so a missing entry here is a bug, reported as an incident rather than a crash.
 */
export const BEHAVIOURS: Partial<Record<FlowNode['kind'], Behaviour<never>>> = {
  startEvent: passThrough,
  intermediateThrowEvent,
  intermediateCatchEvent,
  boundaryEvent: passThrough,
  receiveTask,
  endEvent,
  task: passThrough,
  manualTask: passThrough,
  userTask,
  serviceTask: jobTask,
  sendTask: jobTask,
  businessRuleTask: jobTask,
  scriptTask,
  subProcess,
  callActivity,
  exclusiveGateway,
  parallelGateway,
  inclusiveGateway,
  eventBasedGateway,
};

export type { Behaviour } from './behaviour.js';

import type { CallActivityNode } from '../../parse/process-model.js';
import { callProcess } from '../call-activities.js';
import type { Behaviour } from './behaviour.js';

/** Call activity: starts the called process as a child instance and waits for it (see call-activities.ts). */
export const callActivity: Behaviour<CallActivityNode> = {
  activate: (x, token, node) => callProcess(x, token, node),
};

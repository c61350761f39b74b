import type { EndEventNode, IntermediateThrowEventNode, JobTaskNode, ScriptTaskNode } from '../../parse/process-model.js';
import { staticOrFeel } from '../feel.js';
import { IncidentError, nodeLabel } from '../runtime-types.js';
import type { Behaviour } from './behaviour.js';

const DEFAULT_RETRIES = 3;

/**
 * Service, send and job-based script or business-rule tasks: one job per activation, enqueued in this command's
 * transaction; the token waits until completeJob (or an incident) moves it.
 */
export const jobTask: Behaviour<JobTaskNode | ScriptTaskNode | EndEventNode | IntermediateThrowEventNode> = {
  async activate(x, token, node) {
    const context = x.vars.visible(token.id);
    const type = staticOrFeel(node.taskDefinition?.type, context, `Job type of ${nodeLabel(node)}`);
    if (typeof type !== 'string' || type.trim() === '') {
      throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} has no job type (got ${JSON.stringify(type ?? null)}).`);
    }
    const rawRetries = staticOrFeel(node.taskDefinition?.retries, context, `Retries of ${nodeLabel(node)}`);
    const retries = rawRetries === undefined ? DEFAULT_RETRIES : Number(rawRetries);
    if (!Number.isInteger(retries) || retries < 0) {
      throw new IncidentError('EXPRESSION_ERROR', `Retries of ${nodeLabel(node)} must be a whole number ≥ 0, got ${JSON.stringify(rawRetries)}.`);
    }
    const headers = 'headers' in node ? node.headers : {};
    await x.store.insertJob({ elementInstanceId: token.id, elementId: node.id, type: type.trim(), retries, customHeaders: { ...headers } });
    x.jobsCreated.push(type.trim());
    return 'wait';
  },
};

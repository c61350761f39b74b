import type { FlowNode, ProcessModel } from '../parse/process-model.js';
import { BEHAVIOURS, type Behaviour } from './behaviours/index.js';
import { applyInputs, applyResult, outputsOf } from './io-mapping.js';
import { isJoin, joinConsumes } from './join.js';
import type { RuntimeStore } from './runtime-store.js';
import { IncidentError, nodeLabel, type Token, type Variables } from './runtime-types.js';
import { conditionalFlows } from './select-flows.js';
import { VariableScopes } from './variable-scopes.js';

type Step = { type: 'activate'; tokenId: string } | { type: 'complete'; tokenId: string } | { type: 'join'; elementId: string; scopeId: string };

/**
 * A model that loops through FEEL-only elements without ever waiting would run forever inside one transaction.
 * 1,000 steps is far more than any one command of a real model takes (each element is about two steps).
 */
export const MAX_STEPS_PER_COMMAND = 1_000;

export class EngineLoopError extends Error {}

/**
 * One command's run over one process instance, whose row the caller has locked: it holds the open tokens and the
 * variables in memory and moves tokens until each one waits (task, job, join, incident) or ends. Tasks, jobs and
 * incidents are written as they arise; tokens, history and variables are flushed at the end (see RuntimeStore).
 */
export class Execution {
  private readonly open = new Map<string, Token>();
  private readonly agenda: Step[] = [];
  private steps = 0;
  readonly vars: VariableScopes;
  /** what this command created, for the caller (e.g. to wake the job poller) */
  readonly jobsCreated: string[] = [];
  tasksCreated = 0;
  ended: 'COMPLETED' | 'TERMINATED' | null = null;

  private constructor(
    readonly model: ProcessModel,
    readonly store: RuntimeStore,
  ) {
    this.vars = new VariableScopes(store.instanceId, (id) => this.open.get(id)?.scopeId ?? null);
  }

  static async load(model: ProcessModel, store: RuntimeStore): Promise<Execution> {
    const x = new Execution(model, store);
    for (const token of await store.openTokens()) x.open.set(token.id, token);
    for (const row of await store.variables()) x.vars.load(row.scope_id, row.name, row.value);
    return x;
  }

  static async create(model: ProcessModel, store: RuntimeStore): Promise<Execution> {
    return new Execution(model, store);
  }

  get openTokens(): Token[] {
    return [...this.open.values()];
  }

  token(id: string): Token | undefined {
    return this.open.get(id);
  }

  /** Start: the process scope (its id is the instance id), the variables, and a token on the none start event. */
  async start(variables: Variables): Promise<void> {
    const root = this.store.insertToken({ id: this.store.instanceId, elementId: this.model.id, kind: 'process', scopeId: null, state: 'ACTIVE', incomingFlowId: null });
    this.open.set(root.id, root);
    for (const [name, value] of Object.entries(variables)) this.vars.setLocal(root.id, name, value);
    this.store.history([{ elementInstanceId: root.id, elementId: this.model.id, kind: 'process', event: 'STARTED' }]);
    const start = this.model.scopes[this.model.id].startEventIds.find((id) => {
      const node = this.model.nodes[id];
      return node.kind === 'startEvent' && node.eventDefinitions.length === 0;
    });
    // Deploy-time lint guarantees a none start event in every executable process.
    if (!start) throw new Error(`Process ${this.model.id} has no none start event.`);
    await this.enter(start, root.id, null);
    await this.run();
  }

  /** A waiting element is done (task completed, job completed): store its result, then complete it. */
  async completeWaiting(tokenId: string, variables: Variables): Promise<void> {
    const token = this.mustBeOpen(tokenId);
    applyResult(this.model.nodes[token.elementId], token, this.vars, variables);
    this.agenda.push({ type: 'complete', tokenId });
    await this.run();
  }

  /** After an incident was resolved: run the failed half of the element's life again. */
  async retry(tokenId: string, phase: 'ACTIVATE' | 'COMPLETE'): Promise<void> {
    this.mustBeOpen(tokenId);
    this.agenda.push({ type: phase === 'ACTIVATE' ? 'activate' : 'complete', tokenId });
    await this.run();
  }

  /** cancelProcessInstance: every token ends TERMINATED, with its tasks and jobs. */
  async cancel(): Promise<void> {
    await this.terminateInside(this.store.instanceId, null);
    const root = this.open.get(this.store.instanceId);
    if (root) await this.endToken(root, 'TERMINATED');
    await this.store.finishInstance('TERMINATED');
    this.ended = 'TERMINATED';
    await this.flush();
  }

  /** A token arrives at an element: parked at a join, or entered (its behaviour runs from the agenda). */
  async enter(elementId: string, scopeId: string, flowId: string | null): Promise<void> {
    const node = this.model.nodes[elementId];
    if (flowId && isJoin(node)) {
      const parked = this.store.insertToken({ elementId, kind: node.kind, scopeId, state: 'WAITING', incomingFlowId: flowId });
      this.open.set(parked.id, parked);
      this.agenda.push({ type: 'join', elementId, scopeId });
      return;
    }
    const token = this.store.insertToken({ elementId, kind: node.kind, scopeId, state: 'ACTIVE', incomingFlowId: flowId });
    this.open.set(token.id, token);
    this.store.history([{ elementInstanceId: token.id, elementId, kind: node.kind, event: 'STARTED' }]);
    this.agenda.push({ type: 'activate', tokenId: token.id });
  }

  /** Ends every token inside a scope (recursively), except one; their tasks and jobs are cancelled. */
  async terminateInside(scopeId: string, except: string | null): Promise<void> {
    const doomed: Token[] = [];
    const collect = (parent: string) => {
      for (const token of this.open.values()) {
        if (token.scopeId === parent && token.id !== except) {
          doomed.push(token);
          collect(token.id);
        }
      }
    };
    collect(scopeId);
    await this.store.cancelWorkOf(doomed.map((t) => t.id));
    for (const token of doomed) await this.endToken(token, 'TERMINATED');
  }

  private async run(): Promise<void> {
    for (;;) {
      for (let step = this.agenda.shift(); step; step = this.agenda.shift()) {
        if (++this.steps > MAX_STEPS_PER_COMMAND) {
          throw new EngineLoopError(`Process ${this.model.id} took more than ${MAX_STEPS_PER_COMMAND} steps without reaching a wait state; check its loops.`);
        }
        if (step.type === 'join') await this.join(step.elementId, step.scopeId);
        else if (step.type === 'activate') await this.activate(step.tokenId);
        else await this.complete(step.tokenId);
      }
      // An inclusive join may become ready because a token elsewhere ended without reaching it.
      if (!(await this.retryInclusiveJoins())) break;
    }
    await this.flush();
  }

  private async activate(tokenId: string): Promise<void> {
    const token = this.open.get(tokenId);
    if (!token || token.state !== 'ACTIVE') return;
    const node = this.model.nodes[token.elementId];
    try {
      applyInputs(node, token, this.vars);
      const outcome = await this.behaviour(node).activate(this, token, node as never);
      if (outcome === 'complete') this.agenda.push({ type: 'complete', tokenId });
    } catch (error) {
      await this.incidentOr(error, token, 'ACTIVATE');
    }
  }

  private async complete(tokenId: string): Promise<void> {
    const token = this.open.get(tokenId);
    if (!token || token.state !== 'ACTIVE') return;
    if (token.id === this.store.instanceId) return this.completeProcess(token);
    const node = this.model.nodes[token.elementId];
    let flows: string[];
    try {
      const outputs = outputsOf(node, token, this.vars);
      if (outputs) this.vars.propagate(token.scopeId as string, outputs);
      const behaviour = this.behaviour(node);
      flows = behaviour.leave ? behaviour.leave(this, token, node as never) : conditionalFlows(this.model, node, this.vars.visible(token.id));
    } catch (error) {
      return this.incidentOr(error, token, 'COMPLETE');
    }
    await this.endToken(token, 'COMPLETED');
    const scopeId = token.scopeId as string;
    if (flows.length > 0) {
      this.store.history(flows.map((id) => ({ elementInstanceId: null, elementId: id, kind: 'sequenceFlow', event: 'TAKEN' })));
    }
    for (const flowId of flows) await this.enter(this.model.flows[flowId].targetId, scopeId, flowId);
    if (flows.length === 0) this.checkScope(scopeId);
  }

  private async completeProcess(root: Token): Promise<void> {
    await this.endToken(root, 'COMPLETED', false);
    await this.store.finishInstance('COMPLETED');
    this.ended = 'COMPLETED';
  }

  /** A scope with no token left completes: the process itself, or a sub-process (which then leaves). */
  private checkScope(scopeId: string): void {
    for (const token of this.open.values()) if (token.scopeId === scopeId) return;
    if (this.open.has(scopeId)) this.agenda.push({ type: 'complete', tokenId: scopeId });
  }

  private async join(elementId: string, scopeId: string): Promise<boolean> {
    const gateway = this.model.nodes[elementId];
    const tokens = [...this.open.values()];
    const waiting = tokens.filter((t) => t.elementId === elementId && t.scopeId === scopeId && t.state === 'WAITING');
    const others = tokens.filter((t) => t.scopeId === scopeId && !waiting.includes(t));
    const consumed = joinConsumes(this.model, gateway, waiting, others);
    if (!consumed) return false;
    for (const token of consumed) {
      this.open.delete(token.id);
    }
    this.store.endTokens(consumed.map((t) => t.id), 'COMPLETED');
    await this.enter(elementId, scopeId, null);
    return true;
  }

  private async retryInclusiveJoins(): Promise<boolean> {
    const seen = new Set<string>();
    for (const token of [...this.open.values()]) {
      const key = `${token.elementId}|${token.scopeId}`;
      if (token.state !== 'WAITING' || seen.has(key) || this.model.nodes[token.elementId].kind !== 'inclusiveGateway') continue;
      seen.add(key);
      if (await this.join(token.elementId, token.scopeId as string)) return true;
    }
    return false;
  }

  private async endToken(token: Token, state: 'COMPLETED' | 'TERMINATED', dropVariables = true): Promise<void> {
    this.open.delete(token.id);
    token.state = state;
    this.store.endTokens([token.id], state);
    this.store.history([{ elementInstanceId: token.id, elementId: token.elementId, kind: token.kind, event: state, startedAt: token.createdAt }]);
    if (dropVariables) this.vars.drop(token.id);
  }

  private async incidentOr(error: unknown, token: Token, phase: 'ACTIVATE' | 'COMPLETE'): Promise<void> {
    if (!(error instanceof IncidentError)) throw error;
    await this.store.insertIncident({ elementInstanceId: token.id, elementId: token.elementId, jobId: null, type: error.kind, phase, message: error.message });
  }

  private behaviour(node: FlowNode): Behaviour<FlowNode> {
    const behaviour = BEHAVIOURS[node.kind] as Behaviour<FlowNode> | undefined;
    if (!behaviour) throw new IncidentError('EXPRESSION_ERROR', `${nodeLabel(node)} is a ${node.kind}, which this Baton version does not run.`);
    return behaviour;
  }

  private mustBeOpen(tokenId: string): Token {
    const token = this.open.get(tokenId);
    // Callers check the task, job or incident under the instance lock first, so this means inconsistent rows.
    if (!token || token.state !== 'ACTIVE') throw new Error(`Element instance ${tokenId} is not active.`);
    return token;
  }

  private async flush(): Promise<void> {
    await this.store.flushTokensAndHistory();
    await this.store.flushVariables(this.vars.writes(), [...this.vars.droppedScopes].filter((id) => id !== this.store.instanceId));
    await this.store.bumpVersion();
    if (this.jobsCreated.length > 0) await this.store.notifyJobs();
  }
}

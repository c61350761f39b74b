import type { CallActivityNode, FlowNode, ProcessModel } from '../parse/process-model.js';
import { BEHAVIOURS, type Behaviour } from './behaviours/index.js';
import { completeParent, findCatcherAbove, terminateCalledInstances, type CaughtAbove } from './call-activities.js';
import { type Catcher, findCatcher, type Thrown } from './catchers.js';
import { hasEventSubProcesses, isEventSubProcessStart, openEventSubProcesses, triggerEventSubProcess } from './event-sub-processes.js';
import { attachBoundaryEvents, mayOwnEvents } from './event-subscriptions.js';
import type { NewSubscription } from './event-store.js';
import { applyInputs, applyResult, outputsOf } from './io-mapping.js';
import { isJoin, joinConsumes } from './join.js';
import { activateBody, completeInner, isInnerInstance, MI_BODY, multiInstanceOf, outputCollectionOf } from './multi-instance.js';
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
 * What every execution of one command shares: the instances it has in memory (a call activity's child started in
 * this command, a parent reached by its child's completion), so an instance is never loaded twice, and one step
 * budget, so a process that calls itself without waiting stops like any other loop.
 */
export interface CommandContext {
  readonly live: Map<string, Execution>;
  steps: number;
  budget: number;
}

export function newCommandContext(): CommandContext {
  return { live: new Map(), steps: 0, budget: MAX_STEPS_PER_COMMAND };
}

/** startProcessInstance on a process that only starts by a timer or message. */
export class NoStartEventError extends Error {}

/**
 * One command's run over one process instance, whose row the caller has locked: it holds the open tokens and the
 * variables in memory and moves tokens until each one waits (task, job, join, incident) or ends. Tasks, jobs and
 * incidents are written as they arise; tokens, history and variables are flushed at the end (see RuntimeStore).
 */
export class Execution {
  private readonly open = new Map<string, Token>();
  private readonly agenda: Step[] = [];
  private running = false;
  /** true while start() runs for a call activity of an execution in memory, which takes the outcome itself */
  private starting = false;
  private parentNotified = false;
  readonly vars: VariableScopes;
  /** what this command created, for the caller (e.g. to wake the job poller) */
  readonly jobsCreated: string[] = [];
  tasksCreated = 0;
  ended: 'COMPLETED' | 'TERMINATED' | null = null;
  /** the process scope's variables when the instance completed: what a call activity receives */
  completedVariables: Variables | null = null;
  /** how many call activities started this one within the running command (a guard against endless recursion) */
  readonly callDepth: number;
  /** subscriptions opened by this command: checked for buffered messages once its steps are done */
  readonly subscriptionsOpened: NewSubscription[] = [];
  /** a timer of this command is due at once: wake the timer pollers at commit */
  timersDueSoon = false;
  /** ended element instances whose timers and subscriptions close at flush */
  private readonly eventOwnersEnded = new Set<string>();

  private constructor(
    readonly model: ProcessModel,
    readonly store: RuntimeStore,
    readonly command: CommandContext,
    /** the execution whose call activity starts this instance in this command */
    readonly starter: Execution | null = null,
  ) {
    this.vars = new VariableScopes(store.instanceId, (id) => this.open.get(id)?.scopeId ?? null);
    this.callDepth = starter ? starter.callDepth + 1 : 0;
    command.live.set(store.instanceId, this);
  }

  static async load(model: ProcessModel, store: RuntimeStore, command: CommandContext = newCommandContext()): Promise<Execution> {
    const x = new Execution(model, store, command);
    const { tokens, variables } = await store.snapshot();
    for (const token of tokens) x.open.set(token.id, token);
    for (const row of variables) x.vars.load(row.scope_id, row.name, row.value);
    return x;
  }

  static async create(model: ProcessModel, store: RuntimeStore, starter?: Execution): Promise<Execution> {
    return new Execution(model, store, starter?.command ?? newCommandContext(), starter ?? null);
  }

  get openTokens(): Token[] {
    return [...this.open.values()];
  }

  token(id: string): Token | undefined {
    return this.open.get(id);
  }

  /**
   * Start: the process scope (its id is the instance id), the variables, and a token on the given start event (a
   * timer or message start), else on the none start event, else on the only start event there is (as Camunda 7).
   */
  async start(variables: Variables, startEventId?: string): Promise<void> {
    const root = this.store.insertToken({ id: this.store.instanceId, elementId: this.model.id, kind: 'process', scopeId: null, state: 'ACTIVE', incomingFlowId: null });
    this.open.set(root.id, root);
    for (const [name, value] of Object.entries(variables)) this.vars.setLocal(root.id, name, value);
    this.store.history([{ elementInstanceId: root.id, elementId: this.model.id, kind: 'process', event: 'STARTED' }]);
    try {
      await openEventSubProcesses(this, root);
    } catch (error) {
      await this.incidentOr(error, root, 'ACTIVATE');
    }
    const starts = this.model.scopes[this.model.id].startEventIds;
    const start = startEventId ?? starts.find((id) => {
      const node = this.model.nodes[id];
      return node.kind === 'startEvent' && node.eventDefinitions.length === 0;
    }) ?? (starts.length === 1 ? starts[0] : undefined);
    if (!start) throw new NoStartEventError(`Process ${this.model.id} has no plain start event; it starts by its timer or message.`);
    await this.enter(start, root.id, null);
    this.starting = this.starter !== null;
    try {
      await this.run();
    } finally {
      this.starting = false;
    }
  }

  /** A called instance completed: its variables are the call activity's result (Zeebe's propagation rules). */
  async completeCall(tokenId: string, childVariables: Variables): Promise<void> {
    const token = this.open.get(tokenId);
    if (!token || token.state !== 'ACTIVE') return;
    this.applyCallResult(token, childVariables);
    this.agenda.push({ type: 'complete', tokenId });
    if (!this.running) await this.run();
  }

  /**
   * With output mappings the child's variables are locals for the mappings to read; without them all are propagated
   * from the call activity, unless `propagateAllChildVariables` is false (then nothing is).
   */
  applyCallResult(token: Token, childVariables: Variables): void {
    const node = this.model.nodes[token.elementId] as CallActivityNode;
    const hasOutputs = (node.ioMapping?.outputs.length ?? 0) > 0;
    applyResult(node, token, this.vars, node.calledElement?.propagateAllChildVariables === false && !hasOutputs ? {} : childVariables);
  }

  /** An error thrown in a called instance (and not caught there) reached a catcher of this one. */
  async fireFromCallee(catcher: Catcher, variables: Variables): Promise<void> {
    await this.fire(catcher.ownerId, catcher.eventId, variables);
    if (!this.running) await this.run();
  }

  /**
   * The nearest catcher of a thrown error or escalation: in this instance, else (as Zeebe) at the call activity
   * that started it and outwards from there, through every calling instance up to the root.
   */
  async catcherOf(from: Token, thrown: Thrown): Promise<CaughtAbove | null> {
    const here = findCatcher(this, from, thrown);
    if (here) return { execution: this, catcher: here };
    return thrown.kind === 'error' ? findCatcherAbove(this, thrown) : null;
  }

  /** Hands a caught throw to its catcher; one in a calling instance first ends this instance (TERMINATED). */
  async handOver(caught: CaughtAbove, variables: Variables): Promise<void> {
    if (caught.execution === this) return this.fire(caught.catcher.ownerId, caught.catcher.eventId, variables);
    await this.abort();
    await caught.execution.fireFromCallee(caught.catcher, variables);
  }

  /** Ends the whole instance TERMINATED now, in the middle of a step (an error left it for its caller). */
  private async abort(): Promise<void> {
    this.agenda.length = 0;
    await this.cancel();
  }

  /** A waiting element is done (task completed, job completed): store its result, then complete it. */
  async completeWaiting(tokenId: string, variables: Variables): Promise<void> {
    const token = this.mustBeOpen(tokenId);
    applyResult(this.model.nodes[token.elementId], token, this.vars, variables);
    this.agenda.push({ type: 'complete', tokenId });
    await this.run();
  }

  /**
   * A timer fired or a message correlated for the element instance `tokenId`: a catch event or receive task
   * completes with the variables; a boundary event (`eventElementId` attached to the token's activity) interrupts
   * the activity or runs beside it.
   */
  async trigger(tokenId: string, eventElementId: string, variables: Variables): Promise<void> {
    await this.fire(tokenId, eventElementId, variables);
    await this.run();
  }

  /**
   * A job threw a BPMN error (throwError): the nearest error catcher of its element instance takes over, with the
   * variables as the catch event's result. False when nothing catches it (the caller raises the incident).
   */
  async throwError(tokenId: string, errorCode: string, variables: Variables): Promise<boolean> {
    const caught = await this.catcherOf(this.mustBeOpen(tokenId), { kind: 'error', code: errorCode });
    if (!caught) return false;
    await this.handOver(caught, variables);
    await this.run();
    return true;
  }

  /** Looks in the message buffer for one open subscription (the poller's catch-up); true when a message correlated. */
  async checkBuffer(subscription: NewSubscription): Promise<boolean> {
    this.subscriptionsOpened.push(subscription);
    const correlated = await this.correlateBuffered();
    await this.run();
    return correlated;
  }

  /** After an incident was resolved: run the failed half of the element's life again. */
  async retry(tokenId: string, phase: 'ACTIVATE' | 'COMPLETE'): Promise<void> {
    this.mustBeOpen(tokenId);
    this.agenda.push({ type: phase === 'ACTIVATE' ? 'activate' : 'complete', tokenId });
    await this.run();
  }

  /** cancelProcessInstance: every token ends TERMINATED, with its tasks and jobs. */
  async cancel(): Promise<void> {
    this.ended = 'TERMINATED';
    await this.terminateInside(this.store.instanceId, null);
    const root = this.open.get(this.store.instanceId);
    if (root) await this.endToken(root, 'TERMINATED');
    await this.store.finishInstance('TERMINATED');
    await this.flush();
  }

  /**
   * Process instance modification (instructions checked by modification.ts): each activation enters its element in
   * the given scope (its variables set there first); each terminated element instance ends with everything inside
   * it. A scope left with nothing open ends TERMINATED too (the process scope: the instance). Then tokens move.
   */
  async modify(activate: { elementId: string; scopeId: string; variables: Variables }[], terminate: readonly string[]): Promise<void> {
    for (const instruction of activate) {
      for (const [name, value] of Object.entries(instruction.variables)) this.vars.setLocal(instruction.scopeId, name, value);
      await this.enter(instruction.elementId, instruction.scopeId, null);
    }
    const emptied: string[] = [];
    for (const id of terminate) {
      const token = this.open.get(id);
      if (!token) continue; // it was inside an instance terminated before it
      await this.terminateInside(token.id, null);
      await this.cancelWork([token]);
      await this.endToken(token, 'TERMINATED');
      emptied.push(token.scopeId as string);
    }
    for (const scopeId of emptied) await this.endIfEmpty(scopeId);
    await this.run();
  }

  /** Runs what is pending (nothing, or events opened from outside a step) and flushes. */
  async settle(): Promise<void> {
    await this.run();
  }

  /** SetVariables: as locals of the scope, or propagated outwards from it (to the nearest scope holding each name). */
  async setVariables(scopeId: string, variables: Variables, local: boolean): Promise<void> {
    if (local) for (const [name, value] of Object.entries(variables)) this.vars.setLocal(scopeId, name, value);
    else this.vars.propagate(scopeId, variables);
    await this.run();
  }

  private async endIfEmpty(scopeId: string): Promise<void> {
    for (let id: string | null = scopeId; id; ) {
      const scope = this.open.get(id);
      if (!scope || this.openTokens.some((t) => t.scopeId === id)) return;
      if (id === this.store.instanceId) {
        this.ended = 'TERMINATED';
        await this.endToken(scope, 'TERMINATED');
        await this.store.finishInstance('TERMINATED');
        return;
      }
      await this.cancelWork([scope]);
      await this.endToken(scope, 'TERMINATED');
      id = scope.scopeId;
    }
  }

  /** A token arrives at an element: parked at a join, or entered (its behaviour runs from the agenda). */
  async enter(elementId: string, scopeId: string, flowId: string | null): Promise<Token> {
    const node = this.model.nodes[elementId];
    if (flowId && isJoin(node)) {
      const parked = this.store.insertToken({ elementId, kind: node.kind, scopeId, state: 'WAITING', incomingFlowId: flowId });
      this.open.set(parked.id, parked);
      this.agenda.push({ type: 'join', elementId, scopeId });
      return parked;
    }
    // a multi-instance activity is entered as its body, which then creates the inner instances (multi-instance.ts)
    const kind = multiInstanceOf(node) ? MI_BODY : node.kind;
    const token = this.store.insertToken({ elementId, kind, scopeId, state: 'ACTIVE', incomingFlowId: flowId });
    this.open.set(token.id, token);
    this.store.history([{ elementInstanceId: token.id, elementId, kind, event: 'STARTED' }]);
    this.agenda.push({ type: 'activate', tokenId: token.id });
    return token;
  }

  /** One inner instance of a multi-instance body, with its locals (input element, loop counter). */
  enterInner(body: Token, locals: Variables, extraSteps: number): Token {
    const node = this.model.nodes[body.elementId];
    const token = this.store.insertToken({ elementId: node.id, kind: node.kind, scopeId: body.id, state: 'ACTIVE', incomingFlowId: null });
    this.open.set(token.id, token);
    this.store.history([{ elementInstanceId: token.id, elementId: node.id, kind: node.kind, event: 'STARTED' }]);
    for (const [name, value] of Object.entries(locals)) this.vars.setLocal(token.id, name, value);
    // a fan-out of many instances is not a loop: each inner instance brings the steps its element may take
    this.command.budget += extraSteps;
    this.agenda.push({ type: 'activate', tokenId: token.id });
    return token;
  }

  /** Queues the completion of an element instance (a multi-instance body whose work is done). */
  scheduleComplete(tokenId: string): void {
    this.agenda.push({ type: 'complete', tokenId });
  }

  /**
   * An element instance with an active token, not entered through its behaviour (an event sub-process started by
   * its event): the caller starts what runs inside it.
   */
  spawn(elementId: string, scopeId: string): Token {
    const node = this.model.nodes[elementId];
    const token = this.store.insertToken({ elementId, kind: node.kind, scopeId, state: 'ACTIVE', incomingFlowId: null });
    this.open.set(token.id, token);
    this.store.history([{ elementInstanceId: token.id, elementId, kind: node.kind, event: 'STARTED' }]);
    return token;
  }

  /**
   * The event `eventElementId` happened for element instance `tokenId`: a waiting catch event or receive task
   * completes; an event-based gateway passes to that event; a scope starts that event sub-process; an activity's
   * boundary event interrupts it or runs beside it. The variables are the event's result.
   */
  async fire(tokenId: string, eventElementId: string, variables: Variables): Promise<void> {
    const token = this.mustBeOpen(tokenId);
    if (token.elementId === eventElementId) {
      applyResult(this.model.nodes[token.elementId], token, this.vars, variables);
      this.agenda.push({ type: 'complete', tokenId });
      return;
    }
    const event = this.model.nodes[eventElementId];
    if (isEventSubProcessStart(this.model, event)) return triggerEventSubProcess(this, token, event, variables);
    if (this.model.nodes[token.elementId]?.kind === 'eventBasedGateway') return this.passGateway(token, eventElementId, variables);
    const boundary = event;
    if (boundary?.kind !== 'boundaryEvent' || boundary.attachedToId !== token.elementId) {
      throw new Error(`${eventElementId} is not a boundary event of ${token.elementId}.`);
    }
    if (boundary.cancelActivity) {
      await this.terminateInside(token.id, null);
      await this.cancelWork([token]);
      await this.endToken(token, 'TERMINATED');
    }
    const fresh = await this.enter(boundary.id, token.scopeId as string, null);
    applyResult(boundary, fresh, this.vars, variables);
  }

  /** The first event of an event-based gateway arrived: the gateway leaves by that event's flow only. */
  private async passGateway(gateway: Token, eventElementId: string, variables: Variables): Promise<void> {
    const flowId = this.model.nodes[gateway.elementId].outgoing.find((id) => this.model.flows[id].targetId === eventElementId);
    if (!flowId) throw new Error(`${eventElementId} does not follow the event-based gateway ${gateway.elementId}.`);
    await this.endToken(gateway, 'COMPLETED');
    this.store.history([{ elementInstanceId: null, elementId: flowId, kind: 'sequenceFlow', event: 'TAKEN' }]);
    const event = this.model.nodes[eventElementId];
    const caught = this.store.insertToken({ elementId: eventElementId, kind: event.kind, scopeId: gateway.scopeId, state: 'ACTIVE', incomingFlowId: flowId });
    this.open.set(caught.id, caught);
    this.store.history([{ elementInstanceId: caught.id, elementId: eventElementId, kind: event.kind, event: 'STARTED' }]);
    applyResult(event, caught, this.vars, variables);
    this.agenda.push({ type: 'complete', tokenId: caught.id });
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
    await this.cancelWork(doomed);
    for (const token of doomed) await this.endToken(token, 'TERMINATED');
  }

  /** Tasks, jobs and incidents of ending tokens end with them, and so do the instances their call activities started. */
  async cancelWork(tokens: Token[]): Promise<void> {
    await this.store.cancelWorkOf(tokens.map((t) => t.id));
    await terminateCalledInstances(this, tokens);
  }

  private async run(): Promise<void> {
    const outer = this.running;
    this.running = true;
    try {
      for (;;) {
        for (let step = this.agenda.shift(); step; step = this.agenda.shift()) {
          if (++this.command.steps > this.command.budget) {
            throw new EngineLoopError(`Process ${this.model.id} took more than ${this.command.budget} steps without reaching a wait state; check its loops.`);
          }
          if (step.type === 'join') await this.join(step.elementId, step.scopeId);
          else if (step.type === 'activate') await this.activate(step.tokenId);
          else await this.complete(step.tokenId);
        }
        // An inclusive join may become ready because a token elsewhere ended without reaching it.
        if (await this.retryInclusiveJoins()) continue;
        // A subscription opened by this command may find its message already waiting in the buffer.
        if (!(await this.correlateBuffered())) break;
      }
      await this.flush();
    } finally {
      this.running = outer;
    }
    // A called instance that completed hands its variables to its call activity (unless that one is starting it
    // right now in this command, and takes them itself).
    if (this.ended === 'COMPLETED' && this.store.parent && !this.starting && !this.parentNotified) {
      this.parentNotified = true;
      await completeParent(this);
    }
  }

  private async activate(tokenId: string): Promise<void> {
    const token = this.open.get(tokenId);
    if (!token || token.state !== 'ACTIVE') return;
    if (token.id === this.store.instanceId) return this.retryProcessScope(token);
    const node = this.model.nodes[token.elementId];
    try {
      let outcome;
      if (token.kind === MI_BODY) {
        outcome = await activateBody(this, token, node);
      } else {
        applyInputs(node, token, this.vars);
        outcome = await this.behaviour(node).activate(this, token, node as never);
      }
      // the element may have ended meanwhile (an error from the instance it called was caught at its boundary)
      if (!this.open.has(tokenId)) return;
      if (outcome === 'complete') this.agenda.push({ type: 'complete', tokenId });
      // the boundary events of a multi-instance activity belong to its body, not to each inner instance
      else if (!isInnerInstance(this, token)) await attachBoundaryEvents(this, token, node);
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
      if (isInnerInstance(this, token)) return await completeInner(this, token, node);
      const outputs = token.kind === MI_BODY ? outputCollectionOf(this, token, node) : outputsOf(node, token, this.vars);
      if (outputs) this.vars.propagate(token.scopeId as string, outputs);
      const behaviour = token.kind === MI_BODY ? undefined : this.behaviour(node);
      flows = behaviour?.leave ? behaviour.leave(this, token, node as never) : conditionalFlows(this.model, node, this.vars.visible(token.id));
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

  /** A resolved incident on the process scope: its event sub-processes' events could not be opened at start. */
  private async retryProcessScope(root: Token): Promise<void> {
    try {
      await openEventSubProcesses(this, root);
    } catch (error) {
      await this.incidentOr(error, root, 'ACTIVATE');
    }
  }

  private async completeProcess(root: Token): Promise<void> {
    this.completedVariables = this.vars.visible(root.id);
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

  private async correlateBuffered(): Promise<boolean> {
    for (let subscription = this.subscriptionsOpened.shift(); subscription; subscription = this.subscriptionsOpened.shift()) {
      if (!this.open.has(subscription.elementInstanceId)) continue;
      const message = await this.store.events(this.model.id).claimBufferedMessage(subscription, this.store.clock.now());
      if (!message) continue;
      // a non-interrupting boundary event stays subscribed: another buffered message may follow
      if (!subscription.interrupting) this.subscriptionsOpened.push(subscription);
      await this.fire(subscription.elementInstanceId, subscription.elementId, message.variables);
      return true;
    }
    return false;
  }

  async endToken(token: Token, state: 'COMPLETED' | 'TERMINATED', dropVariables = true): Promise<void> {
    const ownsEvents = token.id === this.store.instanceId ? hasEventSubProcesses(this.model, this.model.id) : mayOwnEvents(this.model, this.model.nodes[token.elementId]);
    if (ownsEvents) this.eventOwnersEnded.add(token.id);
    this.open.delete(token.id);
    token.state = state;
    this.store.endTokens([token.id], state);
    this.store.history([{ elementInstanceId: token.id, elementId: token.elementId, kind: token.kind, event: state, startedAt: token.createdAt }]);
    if (dropVariables) this.vars.drop(token.id);
  }

  async incidentOr(error: unknown, token: Token, phase: 'ACTIVATE' | 'COMPLETE'): Promise<void> {
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
    if (this.eventOwnersEnded.size > 0) {
      const owners = [...this.eventOwnersEnded];
      this.eventOwnersEnded.clear();
      await this.store.events(this.model.id).closeEventsOf(owners);
    }
    const notify = [...(this.jobsCreated.length > 0 ? ['baton_jobs'] : []), ...(this.timersDueSoon ? ['baton_timers'] : [])];
    this.timersDueSoon = false;
    await this.store.flush({ writes: this.vars.writes(), dropped: [...this.vars.droppedScopes].filter((id) => id !== this.store.instanceId), notify });
  }
}

import { expect } from 'vitest';
import { gql, GqlResult } from '../graphql-client.js';

/** Small typed GraphQL helpers for the engine specs: what a modeller, an inbox or a job worker would send. */
export interface Instance {
  id: string;
  state: string;
  variables: Record<string, unknown>;
  activeElementIds: string[];
  incidents: { id: string; type: string; message: string; elementId: string; jobId: string | null; state: string }[];
  history: { elementId: string; elementKind: string; event: string; durationMs: number | null; actorId: string | null }[];
}

export interface Task {
  id: string;
  name: string | null;
  elementId: string;
  state: string;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  variables: Record<string, unknown>;
}

export interface Job {
  id: string;
  type: string;
  retries: number;
  state: string;
  variables: Record<string, unknown>;
  customHeaders: Record<string, string>;
  processInstanceId: string;
  elementId: string;
}

export interface PublishedMessage {
  id: string;
  name: string;
  correlationKey: string;
  messageId: string | null;
  expiresAt: string;
  correlations: { processInstanceId: string; bpmnProcessId: string; elementId: string; started: boolean }[];
}

export interface SignalBroadcast {
  name: string;
  failed: number;
  triggered: { processInstanceId: string; bpmnProcessId: string; elementId: string; started: boolean }[];
}

export const INSTANCE_FIELDS = `id state variables activeElementIds incidents { id type message elementId jobId state } history { elementId elementKind event durationMs actorId }`;
export const TASK_FIELDS = `id name elementId state assignee candidateGroups candidateUsers variables`;
export const JOB_FIELDS = `id type retries state variables customHeaders processInstanceId elementId`;

export class ProcessClient {
  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  call<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    return gql<T>(this.url, query, variables, { token: this.token });
  }

  async ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.call<T>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  }

  async deploy(bpmnXml: string, forms?: unknown[]): Promise<{ id: string; bpmnProcessId: string; version: number }> {
    const data = await this.ok<{ deployProcess: { id: string; bpmnProcessId: string; version: number } }>(
      `mutation($input: DeployProcessInput!) { deployProcess(input: $input) { id bpmnProcessId version } }`,
      { input: { bpmnXml, forms } },
    );
    return data.deployProcess;
  }

  async start(bpmnProcessId: string, variables: Record<string, unknown> = {}, version?: number): Promise<Instance> {
    const data = await this.ok<{ startProcessInstance: Instance }>(
      `mutation($input: StartProcessInstanceInput!) { startProcessInstance(input: $input) { ${INSTANCE_FIELDS} } }`,
      { input: { bpmnProcessId, variables, version } },
    );
    return data.startProcessInstance;
  }

  async instance(id: string): Promise<Instance> {
    return (await this.ok<{ processInstance: Instance }>(`query($id: ID!) { processInstance(id: $id) { ${INSTANCE_FIELDS} } }`, { id })).processInstance;
  }

  async openTasks(processInstanceId: string): Promise<Task[]> {
    const data = await this.ok<{ tasks: { nodes: Task[] } }>(
      `query($filter: TaskFilter) { tasks(filter: $filter, first: 200) { nodes { ${TASK_FIELDS} } } }`,
      { filter: { processInstanceId, state: 'CREATED' } },
    );
    return data.tasks.nodes;
  }

  /** The element ids of the instance's open tasks, sorted. */
  async openTaskIds(processInstanceId: string): Promise<string[]> {
    return (await this.openTasks(processInstanceId)).map((task) => task.elementId).sort();
  }

  /** Completes the open task of `elementId` in the instance; fails the test when there is none or it is refused. */
  async completeOpenTask(processInstanceId: string, elementId: string, variables: Record<string, unknown> = {}): Promise<void> {
    const task = (await this.openTasks(processInstanceId)).find((candidate) => candidate.elementId === elementId);
    expect(task, `task ${elementId}`).toBeDefined();
    const result = await this.completeTask(task!.id, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  }

  completeTask(id: string, variables: Record<string, unknown> = {}): Promise<GqlResult<{ completeTask: Task }>> {
    return this.call(`mutation($id: ID!, $variables: JSON) { completeTask(id: $id, variables: $variables) { ${TASK_FIELDS} } }`, { id, variables });
  }

  async activateJobs(type: string, maxJobs = 10, timeout = 60_000): Promise<Job[]> {
    const data = await this.ok<{ activateJobs: Job[] }>(
      `mutation($input: ActivateJobsInput!) { activateJobs(input: $input) { ${JOB_FIELDS} } }`,
      { input: { type, maxJobs, timeout } },
    );
    return data.activateJobs;
  }

  publish(name: string, correlationKey: string | null = null, variables: Record<string, unknown> = {}, timeToLive: number | null = 0, messageId: string | null = null) {
    return this.call<{ publishMessage: PublishedMessage }>(
      `mutation($input: PublishMessageInput!) { publishMessage(input: $input) { id name correlationKey messageId expiresAt correlations { processInstanceId bpmnProcessId elementId started } } }`,
      { input: { name, correlationKey, variables, timeToLive, messageId } },
    );
  }

  async published(name: string, correlationKey: string | null = null, variables: Record<string, unknown> = {}, timeToLive: number | null = 0, messageId: string | null = null): Promise<PublishedMessage> {
    const result = await this.publish(name, correlationKey, variables, timeToLive, messageId);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!.publishMessage;
  }

  throwError(id: string, errorCode: string, variables: Record<string, unknown> = {}, errorMessage: string | null = null) {
    return this.call<{ throwError: Job }>(
      `mutation($id: ID!, $code: String!, $message: String, $variables: JSON) { throwError(id: $id, errorCode: $code, errorMessage: $message, variables: $variables) { ${JOB_FIELDS} } }`,
      { id, code: errorCode, message: errorMessage, variables },
    );
  }

  async broadcast(name: string, variables: Record<string, unknown> = {}): Promise<SignalBroadcast> {
    const data = await this.ok<{ broadcastSignal: SignalBroadcast }>(
      `mutation($input: BroadcastSignalInput!) { broadcastSignal(input: $input) { name failed triggered { processInstanceId bpmnProcessId elementId started } } }`,
      { input: { name, variables } },
    );
    return data.broadcastSignal;
  }

  completeJob(id: string, variables: Record<string, unknown> = {}) {
    return this.call<{ completeJob: Job }>(`mutation($id: ID!, $variables: JSON) { completeJob(id: $id, variables: $variables) { ${JOB_FIELDS} } }`, { id, variables });
  }
}

/** A Zeebe-flavoured BPMN document around one executable process body. */
export function bpmn(processId: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d-${processId}" targetNamespace="https://baton.example/test">
  <bpmn:process id="${processId}" name="${processId}" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;
}

export const flow = (id: string, from: string, to: string, condition?: string) =>
  condition === undefined
    ? `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`
    : `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression></bpmn:sequenceFlow>`;

export const userTask = (id: string, extensions = '') =>
  `<bpmn:userTask id="${id}" name="${id}">${extensions ? `<bpmn:extensionElements>${extensions}</bpmn:extensionElements>` : ''}</bpmn:userTask>`;

export const serviceTask = (id: string, type: string, extra = '') =>
  `<bpmn:serviceTask id="${id}" name="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}" />${extra}</bpmn:extensionElements></bpmn:serviceTask>`;

/** The element ids that COMPLETED, in order (the path a token took). */
export function path(instance: Instance): string[] {
  return instance.history.filter((h) => h.event === 'COMPLETED' && h.elementKind !== 'process').map((h) => h.elementId);
}

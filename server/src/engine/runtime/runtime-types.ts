import type { FlowNode } from '../parse/process-model.js';

export type TokenState = 'ACTIVE' | 'WAITING' | 'COMPLETED' | 'TERMINATED';

/** An element instance as the engine holds it during one command: a token, a parked join token, or a scope. */
export interface Token {
  readonly id: string;
  readonly elementId: string;
  readonly kind: string;
  /** enclosing scope's element instance id; null for the process scope itself */
  readonly scopeId: string | null;
  state: TokenState;
  readonly incomingFlowId: string | null;
  readonly createdAt: Date;
}

export type IncidentKind = 'JOB_NO_RETRIES' | 'UNHANDLED_ERROR_EVENT' | 'CONDITION_ERROR' | 'EXPRESSION_ERROR' | 'CALLED_ELEMENT_ERROR';

/**
 * Thrown by a behaviour when the token cannot move (no flow selected, a FEEL error). The execution turns it into
 * an incident on that element instance and carries on with its other tokens; nothing is rolled back.
 */
export class IncidentError extends Error {
  constructor(
    readonly kind: IncidentKind,
    message: string,
  ) {
    super(message);
    this.name = 'IncidentError';
  }
}

/** What a behaviour answers when its element is entered. */
export type Activation = 'complete' | 'wait';

/** Who runs a command: a user (GraphQL) or the system (the job poller), for history and task rows. */
export interface Actor {
  readonly workspaceId: string;
  readonly userId: string | null;
}

export type Variables = Record<string, unknown>;

export function nodeLabel(node: Pick<FlowNode, 'id' | 'name'>): string {
  return node.name ? `"${node.name}" (${node.id})` : node.id;
}

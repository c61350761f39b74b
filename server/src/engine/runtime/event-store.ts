import type { EntityManager } from 'typeorm';

export interface NewTimer {
  /** the waiting token (catch event) or the activity a boundary timer is attached to; null for a start timer */
  elementInstanceId: string | null;
  /** the timer event's element id */
  elementId: string;
  dueAt: number;
  repetitions: number | null;
  interval: string | null;
}

export interface NewSubscription {
  elementInstanceId: string;
  elementId: string;
  messageName: string;
  correlationKey: string;
  interrupting: boolean;
}

export interface NewSignalSubscription {
  elementInstanceId: string;
  elementId: string;
  signalName: string;
  interrupting: boolean;
}

export interface BufferedMessage {
  id: string;
  variables: Record<string, unknown>;
}

/**
 * The SQL of timers, message and signal subscriptions inside a command (same transaction, tenant role). Timers and
 * subscriptions belong to an element instance and are cancelled or closed when it ends.
 */
export class EventStore {
  constructor(
    private readonly em: EntityManager,
    private readonly workspaceId: string,
    private readonly instanceId: string,
    private readonly definitionId: string,
    private readonly bpmnProcessId: string,
  ) {}

  async insertTimer(timer: NewTimer): Promise<void> {
    await this.em.query(
      `INSERT INTO timers (workspace_id, definition_id, process_instance_id, element_instance_id, element_id, due_at, repetitions, interval, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'SCHEDULED')`,
      [this.workspaceId, this.definitionId, this.instanceId, timer.elementInstanceId, timer.elementId, new Date(timer.dueAt), timer.repetitions, timer.interval],
    );
  }

  async insertSubscription(subscription: NewSubscription): Promise<string> {
    const [row]: { id: string }[] = await this.em.query(
      `INSERT INTO message_subscriptions (workspace_id, definition_id, bpmn_process_id, process_instance_id, element_instance_id, element_id,
         message_name, correlation_key, interrupting, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'OPEN') RETURNING id`,
      [this.workspaceId, this.definitionId, this.bpmnProcessId, this.instanceId, subscription.elementInstanceId, subscription.elementId,
        subscription.messageName, subscription.correlationKey, subscription.interrupting],
    );
    return row.id;
  }

  /** Signals are not buffered: a subscription only sees broadcasts made after it opened (clock_timestamp orders them). */
  async insertSignalSubscription(subscription: NewSignalSubscription): Promise<void> {
    await this.em.query(
      `INSERT INTO signal_subscriptions (workspace_id, definition_id, bpmn_process_id, process_instance_id, element_instance_id, element_id,
         signal_name, interrupting, state, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', clock_timestamp())`,
      [this.workspaceId, this.definitionId, this.bpmnProcessId, this.instanceId, subscription.elementInstanceId, subscription.elementId,
        subscription.signalName, subscription.interrupting],
    );
  }

  /**
   * A signal thrown by this instance (throw or end event): queued in the command's transaction and broadcast by the
   * engine poller in a transaction of its own, to the subscriptions open before the throw (this instance's too).
   */
  async queueSignal(name: string, variables: Record<string, unknown>): Promise<void> {
    await this.em.query(
      `INSERT INTO signal_broadcasts (workspace_id, name, variables, source_instance_id, created_at) VALUES ($1, $2, $3::jsonb, $4, clock_timestamp())`,
      [this.workspaceId, name, JSON.stringify(variables), this.instanceId],
    );
  }

  /** Ended element instances take their scheduled timers and open subscriptions with them. */
  async closeEventsOf(tokenIds: string[]): Promise<void> {
    await this.close(tokenIds, null);
  }

  /** Closes only the timers and subscriptions of some events of one owner (an interrupted scope's event sub-processes). */
  async closeEventsOfElements(ownerId: string, elementIds: string[]): Promise<void> {
    if (elementIds.length > 0) await this.close([ownerId], elementIds);
  }

  private async close(tokenIds: string[], elementIds: string[] | null): Promise<void> {
    if (tokenIds.length === 0) return;
    const params = [tokenIds, this.instanceId, elementIds];
    const onlyElements = `AND ($3::text[] IS NULL OR element_id = ANY($3::text[]))`;
    await this.em.query(
      `UPDATE timers SET state = 'CANCELED', updated_at = now()
       WHERE process_instance_id = $2 AND element_instance_id = ANY($1::uuid[]) AND state = 'SCHEDULED' ${onlyElements}`,
      params,
    );
    for (const table of ['message_subscriptions', 'signal_subscriptions']) {
      await this.em.query(
        `UPDATE ${table} SET state = 'CLOSED', closed_at = now()
         WHERE process_instance_id = $2 AND element_instance_id = ANY($1::uuid[]) AND state = 'OPEN' ${onlyElements}`,
        params,
      );
    }
  }

  /**
   * A message published before this subscription opened and still within its time to live, not yet correlated to
   * this process (a message correlates at most once per process id, as in Zeebe). Claimed by inserting its
   * correlation row: the primary key (message, process id) makes a concurrent claim of the same message lose.
   */
  async claimBufferedMessage(subscription: { elementId: string; messageName: string; correlationKey: string }, now: number): Promise<BufferedMessage | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const [candidate]: { id: string; variables: Record<string, unknown> }[] = await this.em.query(
        `SELECT m.id, m.variables FROM messages m
         WHERE m.name = $1 AND m.correlation_key = $2 AND m.expires_at > $3
           AND NOT EXISTS (SELECT 1 FROM message_correlations c WHERE c.message_id = m.id AND c.bpmn_process_id = $4)
         ORDER BY m.created_at, m.id LIMIT 1`,
        [subscription.messageName, subscription.correlationKey, new Date(now), this.bpmnProcessId],
      );
      if (!candidate) return null;
      if (await this.recordCorrelation(candidate.id, subscription.elementId, subscription.correlationKey, false)) return candidate;
    }
    return null;
  }

  /** True when this process had not yet taken the message (and now has). */
  async recordCorrelation(messageId: string, elementId: string, correlationKey: string, isStart: boolean): Promise<boolean> {
    // TypeORM answers an INSERT … RETURNING with the rows themselves (an UPDATE with [rows, count]).
    const rows: unknown[] = await this.em.query(
      `INSERT INTO message_correlations (message_id, bpmn_process_id, workspace_id, process_instance_id, element_id, correlation_key, is_start)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING message_id`,
      [messageId, this.bpmnProcessId, this.workspaceId, this.instanceId, elementId, correlationKey, isStart],
    );
    return rows.length > 0;
  }

  /** Delivered at commit to every replica's timer poller, for timers due at once. */
  async notifyTimers(): Promise<void> {
    await this.em.query(`SELECT baton_notify('baton_timers', '')`);
  }
}

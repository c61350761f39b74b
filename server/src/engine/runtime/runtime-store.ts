import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { afterFirstWrite } from '../../database/first-write.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { type Clock, systemClock } from './clock.js';
import { EventStore } from './event-store.js';
import { SlaStore } from './sla-store.js';
import type { ParentLink } from './commands.js';
import type { Token, TokenState } from './runtime-types.js';

export interface RuntimeStoreOptions {
  /** the engine's clock, for timer due dates and message expiry (default: the system clock) */
  readonly clock?: Clock;
  /** the instance's definition, which timers and subscriptions name */
  readonly definitionId?: string;
  /** for an instance a call activity started: its parent */
  readonly parent?: ParentLink | null;
  /**
   * Writes of the command that loads the instance, run in the snapshot's statement after the caller's instance lock
   * (one round trip less), e.g. a job's completion. They must touch neither tokens nor variables: the read beside
   * them sees the rows as they were before the statement.
   */
  readonly alongside?: Alongside;
  /** the command creates the instance: its row is written with the command's first write (see RuntimeStore.em) */
  readonly creates?: { bpmnProcessId: string; version: number };
}

export interface NewUserTask {
  elementInstanceId: string;
  elementId: string;
  name: string | null;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  formKey: string | null;
  formId: string | null;
  dueDate: string | null;
  followUpDate: string | null;
  priority: number;
}

export interface NewJob {
  elementInstanceId: string;
  elementId: string;
  type: string;
  retries: number;
  customHeaders: Record<string, string>;
}

export interface NewIncident {
  elementInstanceId: string;
  elementId: string;
  jobId: string | null;
  type: string;
  phase: 'JOB' | 'ACTIVATE' | 'COMPLETE';
  message: string;
}

export interface HistoryInput {
  elementInstanceId: string | null;
  elementId: string;
  kind: string;
  event: string;
  /** for an end event: when the token was created (read from the database for tokens of earlier commands) */
  startedAt?: Date;
}

/** A command's own writes in its snapshot's statement (see RuntimeStore.snapshot). */
export interface Alongside {
  /** data-modifying CTEs, without WITH; their parameters are numbered from $2 */
  readonly with: string;
  /** an expression over them (e.g. row_to_json of a RETURNING): the snapshot's `answer` */
  readonly answer: string;
  readonly params: unknown[];
}

/** A new instance's row as the engine writes it (RuntimeStore.writeInstance and flush), then ended_at. */
const INSTANCE_COLUMNS = 'id, workspace_id, definition_id, bpmn_process_id, version, state, started_by, parent_instance_id, parent_element_instance_id, root_instance_id';

interface TokenRow {
  id: string;
  element_id: string;
  element_kind: string;
  scope_id: string | null;
  state: TokenState;
  incoming_flow_id: string | null;
  created_at: Date;
}

/**
 * Every SQL statement the engine runs inside a command, in one place so review sees them. All run in the caller's
 * transaction, as the tenant role, so row-level security applies to the engine too.
 */
export class RuntimeStore {
  private readonly pendingHistory: HistoryInput[] = [];
  private readonly newTokens = new Map<string, Token>();
  private readonly endedTokens = new Map<string, 'COMPLETED' | 'TERMINATED'>();
  private readonly createdHere = new Set<string>();
  private readonly pendingJobs: NewJob[] = [];
  private finished: 'COMPLETED' | 'TERMINATED' | null = null;
  private eventStore: EventStore | null = null;
  /** what the writes alongside the snapshot answered */
  answered: unknown = null;
  /** the new instance's row, until a statement writes it (see `em`) */
  private creating: RuntimeStoreOptions['creates'] | null;
  readonly clock: Clock;
  /**
   * The command's transaction, for every statement but the flush, and for the instances of the same tree a call
   * activity or a cancel reaches. When the command creates the instance, the row's INSERT waits for the flush, which
   * writes it with the tokens and history in its one statement (foreign keys are checked at the statement's end);
   * a statement through `em` before that (a user task, a timer, a called instance) writes the row first on its own.
   */
  readonly em: EntityManager;

  constructor(
    /** the command's transaction, for the flush (and snapshot) */
    private readonly direct: EntityManager,
    readonly workspaceId: string,
    readonly instanceId: string,
    readonly actorId: string | null,
    private readonly options: RuntimeStoreOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.creating = options.creates ?? null;
    this.em = this.creating ? afterFirstWrite(direct, () => this.writeInstance()) : direct;
  }

  /** The new instance's row after its id and workspace, in the order of INSTANCE_COLUMNS. */
  private instanceValues(creating: NonNullable<RuntimeStoreOptions['creates']>, state: string): unknown[] {
    const parent = this.options.parent ?? null;
    return [this.options.definitionId, creating.bpmnProcessId, creating.version, state, this.actorId,
      parent?.instanceId ?? null, parent?.elementInstanceId ?? null, parent?.rootInstanceId ?? null];
  }

  /** The new instance's row on its own, for a statement that needs it before the flush. */
  private async writeInstance(): Promise<void> {
    const creating = this.creating;
    if (!creating) return;
    this.creating = null;
    await preparedQuery(
      this.direct,
      `INSERT INTO process_instances (${INSTANCE_COLUMNS}, ended_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL)`,
      [this.instanceId, this.workspaceId, ...this.instanceValues(creating, 'ACTIVE')],
    );
  }

  get parent(): ParentLink | null {
    return this.options.parent ?? null;
  }

  get definitionId(): string | undefined {
    return this.options.definitionId;
  }

  /** The latest deployed version of a process id in this workspace (what a call activity starts). */
  async latestDefinition(bpmnProcessId: string): Promise<{ id: string; bpmnProcessId: string; version: number } | null> {
    const [row]: { id: string; bpmn_process_id: string; version: number }[] = await this.em.query(
      `SELECT id, bpmn_process_id, version FROM process_definitions WHERE bpmn_process_id = $1 ORDER BY version DESC LIMIT 1`,
      [bpmnProcessId],
    );
    return row ? { id: row.id, bpmnProcessId: row.bpmn_process_id, version: row.version } : null;
  }

  /** The active instances called by some of this instance's element instances (call activities). */
  async calledInstances(elementInstanceIds: string[]): Promise<string[]> {
    if (elementInstanceIds.length === 0) return [];
    const rows: { id: string }[] = await this.em.query(
      `SELECT id FROM process_instances WHERE parent_instance_id = $1 AND parent_element_instance_id = ANY($2::uuid[]) AND state = 'ACTIVE' ORDER BY created_at, id`,
      [this.instanceId, elementInstanceIds],
    );
    return rows.map((r) => r.id);
  }

  /** Timers and message subscriptions of this instance (see event-store.ts). */
  events(bpmnProcessId: string): EventStore {
    if (!this.options.definitionId) throw new Error('Timers and messages need the definition id of the instance.');
    this.eventStore ??= new EventStore(this.em, this.workspaceId, this.instanceId, this.options.definitionId, bpmnProcessId);
    return this.eventStore;
  }

  /** SLA hook (issue 4, people side): a user task's SLA deadlines and threshold timers (see sla-store.ts). */
  slas(): SlaStore {
    if (!this.options.definitionId) throw new Error('SLA timers need the definition id of the instance.');
    return new SlaStore(this.em, this.workspaceId, this.instanceId, this.options.definitionId);
  }

  /**
   * The open tokens and scopes of the instance (ended ones stay in the table as the record of what ran) and its
   * variables, in one round trip. The command's writes to go alongside (RuntimeStoreOptions.alongside) run in the
   * same statement, and what they answer is kept as `answered`.
   */
  async snapshot(): Promise<{ tokens: Token[]; variables: { scope_id: string; name: string; value: unknown }[] }> {
    const alongside = this.options.alongside;
    const [row] = await preparedQuery<{ tokens: (Omit<TokenRow, 'created_at'> & { created_at: string })[]; variables: { scope_id: string; name: string; value: unknown }[]; answer: unknown }>(
      this.direct,
      `${alongside ? `WITH ${alongside.with}\n` : ''}SELECT
         (SELECT COALESCE(json_agg(t ORDER BY t.created_at, t.id), '[]') FROM (
            SELECT id, element_id, element_kind, scope_id, state, incoming_flow_id, created_at FROM element_instances
            WHERE process_instance_id = $1 AND state IN ('ACTIVE', 'WAITING')) t) AS tokens,
         (SELECT COALESCE(json_agg(v), '[]') FROM (SELECT scope_id, name, value FROM variables WHERE process_instance_id = $1) v) AS variables${alongside ? `,
         ${alongside.answer} AS answer` : ''}`,
      [this.instanceId, ...(alongside?.params ?? [])],
    );
    this.answered = row.answer ?? null;
    const tokens = row.tokens.map((r) => ({
      id: r.id, elementId: r.element_id, kind: r.element_kind, scopeId: r.scope_id, state: r.state, incomingFlowId: r.incoming_flow_id, createdAt: new Date(r.created_at),
    }));
    return { tokens, variables: row.variables };
  }

  /**
   * Compensation (compensation.ts): the element instances of this instance that COMPLETED and were not compensated
   * yet, with the sequence id of their COMPLETED history entry (the order they completed in). Call after
   * flushTokensAndHistory, so this command's own completions are included.
   */
  async completedInstances(): Promise<{ id: string; elementId: string; kind: string; scopeId: string | null; seq: number }[]> {
    const rows: { id: string; element_id: string; element_kind: string; scope_id: string | null; seq: string }[] = await this.em.query(
      `SELECT e.id, e.element_id, e.element_kind, e.scope_id, max(h.id) AS seq
       FROM element_instances e
       JOIN process_history h ON h.process_instance_id = e.process_instance_id AND h.element_instance_id = e.id AND h.event = 'COMPLETED'
       WHERE e.process_instance_id = $1 AND e.state = 'COMPLETED'
         AND NOT EXISTS (SELECT 1 FROM process_history c WHERE c.process_instance_id = $1 AND c.element_instance_id = e.id AND c.event = 'COMPENSATING')
       GROUP BY e.id, e.element_id, e.element_kind, e.scope_id`,
      [this.instanceId],
    );
    return rows.map((r) => ({ id: r.id, elementId: r.element_id, kind: r.element_kind, scopeId: r.scope_id, seq: Number(r.seq) }));
  }

  /**
   * Tokens are written behind: created and ended in memory, then inserted (most already ended) and updated in two
   * statements when the command flushes. Nothing reads element_instances during a command, and a command that fails
   * rolls back as a whole, so the rows are exactly as if written step by step, in a fraction of the round trips.
   */
  insertToken(token: { id?: string; elementId: string; kind: string; scopeId: string | null; state: TokenState; incomingFlowId: string | null }): Token {
    const created = { ...token, id: token.id ?? randomUUID(), createdAt: new Date() };
    this.newTokens.set(created.id, { ...created });
    this.createdHere.add(created.id);
    return created;
  }

  endTokens(ids: string[], state: 'COMPLETED' | 'TERMINATED'): void {
    for (const id of ids) {
      const fresh = this.newTokens.get(id);
      if (fresh) fresh.state = state;
      else this.endedTokens.set(id, state);
    }
  }

  /** Buffered like tokens: history is append-only and nothing reads it back during a command. */
  history(entries: HistoryInput[]): void {
    this.pendingHistory.push(...entries);
  }

  /** Tokens and history only (compensation reads them back mid-command). */
  async flushTokensAndHistory(): Promise<void> {
    await this.flush({ writes: [], dropped: [], notify: [], instance: false });
  }

  /**
   * Everything the command buffered, in ONE statement of data-modifying CTEs: a new instance's row, new tokens, ended
   * tokens, history, variables, jobs, the instance row (its change counter, and its end), and the wake-ups for other replicas' pollers
   * (baton_notify: sent right after the commit). The parts write disjoint rows, so running them side by side in one statement is
   * the same as running them one after the other; a command pays one round trip here instead of up to eight.
   * Durations use the database's clock (created_at of earlier tokens, now() of new ones).
   */
  async flush(options: { writes: [string, string, unknown][]; dropped: string[]; notify: string[]; instance?: boolean }): Promise<void> {
    const params: unknown[] = [this.workspaceId, this.instanceId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const parts: string[] = [];
    // A new instance's row: its end too, when the instance ended in this command (a sibling part cannot update a
    // row another part inserts).
    const creating = this.creating;
    this.creating = null;
    if (creating) {
      const ended = options.instance !== false ? this.finished : null;
      const values = this.instanceValues(creating, ended ?? 'ACTIVE').map((value) => param(value));
      parts.push(`INSERT INTO process_instances (${INSTANCE_COLUMNS}, ended_at) VALUES ($2, $1, ${values.join(', ')}, ${ended ? 'now()' : 'NULL'})`);
      if (ended) this.finished = null;
    }
    const fresh = [...this.newTokens.values()];
    this.newTokens.clear();
    if (fresh.length > 0) {
      const rows = fresh.map((t) => ({ id: t.id, element_id: t.elementId, element_kind: t.kind, scope_id: t.scopeId, state: t.state, incoming_flow_id: t.incomingFlowId }));
      parts.push(`INSERT INTO element_instances (id, workspace_id, process_instance_id, element_id, element_kind, scope_id, state, incoming_flow_id, ended_at)
        SELECT t.id, $1, $2, t.element_id, t.element_kind, t.scope_id, t.state, t.incoming_flow_id, CASE WHEN t.state IN ('COMPLETED', 'TERMINATED') THEN now() END
        FROM jsonb_to_recordset(${param(JSON.stringify(rows))}::jsonb) AS t(id uuid, element_id text, element_kind text, scope_id uuid, state text, incoming_flow_id text)`);
    }
    // Id lists come through a sub-select so that no plan knows how many there are: with the array itself every
    // custom plan costs less than the generic one (10 ids assumed), and PostgreSQL would plan this prepared statement
    // anew on every call (0.45 ms of its CPU) instead of keeping the generic plan.
    const anyOf = (ids: string[]) => `ANY(ARRAY(SELECT unnest(${param(ids)}::uuid[])))`;
    // By primary key, one part per end state: a join against the JSON set could make the planner scan the table.
    for (const state of ['COMPLETED', 'TERMINATED'] as const) {
      const ids = [...this.endedTokens].filter(([, s]) => s === state).map(([id]) => id);
      if (ids.length > 0) parts.push(`UPDATE element_instances SET state = '${state}', ended_at = now() WHERE id = ${anyOf(ids)}`);
    }
    this.endedTokens.clear();
    const entries = this.pendingHistory.splice(0);
    if (entries.length > 0) {
      const rows = entries.map((e) => ({
        element_instance_id: e.elementInstanceId, element_id: e.elementId, kind: e.kind, event: e.event,
        // a token created in this command has created_at = now() (the transaction's start), so COALESCE covers it
        started_at: e.elementInstanceId && !this.createdHere.has(e.elementInstanceId) ? (e.startedAt ?? null) : null,
      }));
      parts.push(`INSERT INTO process_history (workspace_id, process_instance_id, actor_id, element_instance_id, element_id, element_kind, event, duration_ms)
        SELECT $1, $2, ${param(this.actorId)}::uuid, h.element_instance_id, h.element_id, h.kind, h.event,
          CASE WHEN h.event IN ('COMPLETED', 'TERMINATED') THEN (extract(epoch FROM clock_timestamp() - COALESCE(h.started_at, now())) * 1000)::int END
        FROM jsonb_array_elements(${param(JSON.stringify(rows))}::jsonb) WITH ORDINALITY AS a(value, n)
          CROSS JOIN LATERAL jsonb_to_record(a.value) AS h(element_instance_id uuid, element_id text, kind text, event text, started_at timestamptz)
        ORDER BY a.n`);
    }
    // the writes never name a dropped scope (VariableScopes.drop forgets them), so the two parts touch different rows
    if (options.dropped.length > 0) parts.push(`DELETE FROM variables WHERE process_instance_id = $2 AND scope_id = ${anyOf(options.dropped)}`);
    if (options.writes.length > 0) {
      const rows = options.writes.map(([scope_id, name, value]) => ({ scope_id, name, value: value ?? null }));
      parts.push(`INSERT INTO variables (scope_id, name, workspace_id, process_instance_id, value)
        SELECT w.scope_id, w.name, $1, $2, COALESCE(w.value, 'null'::jsonb) FROM jsonb_to_recordset(${param(JSON.stringify(rows))}::jsonb) AS w(scope_id uuid, name text, value jsonb)
        ON CONFLICT (scope_id, name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`);
    }
    const jobs = this.pendingJobs.splice(0);
    if (jobs.length > 0) {
      const rows = jobs.map((j) => ({ element_instance_id: j.elementInstanceId, element_id: j.elementId, type: j.type, retries: j.retries, custom_headers: j.customHeaders }));
      parts.push(`INSERT INTO jobs (workspace_id, process_instance_id, element_instance_id, element_id, type, retries, custom_headers, state)
        SELECT $1, $2, j.element_instance_id, j.element_id, j.type, j.retries, j.custom_headers, 'ACTIVATABLE'
        FROM jsonb_array_elements(${param(JSON.stringify(rows))}::jsonb) WITH ORDINALITY AS a(value, n)
          CROSS JOIN LATERAL jsonb_to_record(a.value) AS j(element_instance_id uuid, element_id text, type text, retries int, custom_headers jsonb)
        ORDER BY a.n`);
    }
    // The change counter moves with every later command (the command that inserted the row needs no update unless
    // the instance also ended in it); a finished instance records its end in the same update.
    if (options.instance !== false && (this.finished || !this.createdHere.has(this.instanceId))) {
      const end = this.finished ? `, state = '${this.finished}', ended_at = now()` : '';
      parts.push(`UPDATE process_instances SET lock_version = lock_version + 1${end} WHERE id = $2`);
      this.finished = null;
    }
    if (parts.length === 0 && options.notify.length === 0) return;
    const ctes = parts.map((sql, i) => `w${i} AS (${sql})`);
    // $1 and $2 named with their types even when no part uses them (an untyped unused parameter is an error)
    const select = ['$1::uuid', '$2::uuid', ...options.notify.map((channel) => `baton_notify(${param(channel)}, '')`)].join(', ');
    await preparedQuery(this.direct, `${ctes.length > 0 ? `WITH ${ctes.join(',\n')}\n` : ''}SELECT ${select}`, params);
  }

  async insertUserTask(task: NewUserTask): Promise<void> {
    await this.em.query(
      `INSERT INTO user_tasks (workspace_id, process_instance_id, element_instance_id, element_id, name, assignee, candidate_groups,
         candidate_users, form_key, form_id, due_date, follow_up_date, priority, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12, $13, 'CREATED')`,
      [this.workspaceId, this.instanceId, task.elementInstanceId, task.elementId, task.name, task.assignee, JSON.stringify(task.candidateGroups),
        JSON.stringify(task.candidateUsers), task.formKey, task.formId, task.dueDate, task.followUpDate, task.priority],
    );
  }

  /**
   * Enqueued with the command's flush, in its transaction: the job exists exactly when the token waiting for it does.
   * Buffered like tokens; cancelWorkOf drops a buffered job whose token ends in the same command.
   */
  insertJob(job: NewJob): void {
    this.pendingJobs.push(job);
  }

  async insertIncident(incident: NewIncident): Promise<void> {
    await this.em.query(
      `INSERT INTO incidents (workspace_id, process_instance_id, element_instance_id, element_id, job_id, type, phase, message, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ACTIVE')`,
      [this.workspaceId, this.instanceId, incident.elementInstanceId, incident.elementId, incident.jobId, incident.type, incident.phase, incident.message.slice(0, 4000)],
    );
  }

  /** Work attached to tokens that end by termination (cancel, terminate end event) ends with them. */
  async cancelWorkOf(tokenIds: string[]): Promise<void> {
    if (tokenIds.length === 0) return;
    const ending = new Set(tokenIds);
    this.pendingJobs.splice(0, this.pendingJobs.length, ...this.pendingJobs.filter((job) => !ending.has(job.elementInstanceId)));
    // process_instance_id first: it is what these tables are indexed by.
    await this.em.query(
      `UPDATE user_tasks SET state = 'CANCELED', completed_at = now()
       WHERE process_instance_id = $2 AND element_instance_id = ANY($1::uuid[]) AND state IN ('CREATED', 'SUSPENDED')`,
      [tokenIds, this.instanceId],
    );
    await this.em.query(
      `UPDATE jobs SET state = 'CANCELED', updated_at = now()
       WHERE process_instance_id = $2 AND element_instance_id = ANY($1::uuid[]) AND state IN ('ACTIVATABLE', 'ACTIVATED', 'FAILED', 'ERROR_THROWN')`,
      [tokenIds, this.instanceId],
    );
    await this.em.query(
      `UPDATE incidents SET state = 'RESOLVED', resolved_at = now() WHERE process_instance_id = $2 AND element_instance_id = ANY($1::uuid[]) AND state = 'ACTIVE'`,
      [tokenIds, this.instanceId],
    );
  }

  /** Recorded on the instance row by the flush. */
  finishInstance(state: 'COMPLETED' | 'TERMINATED'): void {
    this.finished = state;
  }
}

import { registerEnumType } from '@nestjs/graphql';

export enum SlaState {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
}
registerEnumType(SlaState, {
  name: 'SlaState',
  description: 'ON_TRACK; AT_RISK (in the last stretch before a deadline); BREACHED (a deadline passed, or was missed)',
});

export interface TaskSlaRow {
  task_id: string;
  respond_by: Date | null;
  complete_by: Date | null;
  respond_risk_at: Date | null;
  complete_risk_at: Date | null;
  responded_at: Date | null;
  ended_at: Date | null;
}

const ms = (date: Date | null) => (date === null ? null : new Date(date).getTime());

/**
 * An open task is BREACHED once a deadline is reached (respond: not yet claimed, transferred or delegated), AT_RISK
 * from its risk moment, else ON_TRACK. An ended task keeps what it achieved: BREACHED when it responded or ended after
 * a deadline, else ON_TRACK. The same rules as SLA_STATE_SQL, which filters tasks by state.
 */
export function slaStateOf(row: TaskSlaRow, now: number): SlaState {
  const ended = ms(row.ended_at);
  const responded = ms(row.responded_at) ?? ended;
  const late = (by: number | null, done: number | null) => by !== null && (done === null ? by <= now : done > by);
  if (late(ms(row.complete_by), ended) || late(ms(row.respond_by), responded)) return SlaState.BREACHED;
  const risk = (at: number | null) => at !== null && at <= now;
  if (ended === null && (risk(ms(row.complete_risk_at)) || (responded === null && risk(ms(row.respond_risk_at))))) return SlaState.AT_RISK;
  return SlaState.ON_TRACK;
}

/** The state of `task_slas` row `s` at `now` (a timestamptz parameter), in SQL. */
export function slaStateSql(s: string, now: string): string {
  const responded = `COALESCE(${s}.responded_at, ${s}.ended_at)`;
  return `CASE
    WHEN (${s}.complete_by IS NOT NULL AND CASE WHEN ${s}.ended_at IS NULL THEN ${s}.complete_by <= ${now} ELSE ${s}.ended_at > ${s}.complete_by END)
      OR (${s}.respond_by IS NOT NULL AND CASE WHEN ${responded} IS NULL THEN ${s}.respond_by <= ${now} ELSE ${responded} > ${s}.respond_by END)
      THEN 'BREACHED'
    WHEN ${s}.ended_at IS NULL AND (${s}.complete_risk_at <= ${now} OR (${responded} IS NULL AND ${s}.respond_risk_at <= ${now})) THEN 'AT_RISK'
    ELSE 'ON_TRACK' END`;
}

import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import type { ProcessModel } from '../../engine/index.js';
import { AppFormModel, AppModel, AppProcessModel } from './dtos/app.model.js';
import { AppEntity } from './entities/app.entity.js';

interface ItemRow {
  kind: 'FORM' | 'PROCESS';
  item_key: string;
}

/** What the app home shows: its forms and processes with their latest versions, and the caller's work in it. */
@Injectable()
export class AppSummaryService {
  constructor(private readonly db: Db) {}

  async toModel(auth: AuthContext, app: AppEntity, lang: Locale): Promise<AppModel> {
    const items: ItemRow[] = await this.db.em.query(`SELECT kind, item_key FROM app_items WHERE app_id = $1 ORDER BY item_key`, [app.id]);
    const formKeys = items.filter((i) => i.kind === 'FORM').map((i) => i.item_key);
    const processIds = items.filter((i) => i.kind === 'PROCESS').map((i) => i.item_key);
    return {
      id: app.id,
      key: app.key,
      name: lang === 'zh-CN' ? app.nameZhCN : app.nameEn,
      nameZhCN: app.nameZhCN,
      nameEn: app.nameEn,
      icon: app.icon,
      archivedAt: app.archivedAt,
      createdAt: app.createdAt,
      forms: await this.forms(formKeys),
      processes: await this.processes(processIds),
      myOpenTasks: await this.myOpenTasks(auth, processIds),
      myRecords: await this.myRecords(auth, formKeys),
    };
  }

  private async forms(formKeys: string[]): Promise<AppFormModel[]> {
    if (formKeys.length === 0) return [];
    const rows: { form_key: string; name: string; version: number }[] = await this.db.em.query(
      `SELECT DISTINCT ON (form_key) form_key, name, version FROM forms WHERE form_key = ANY($1) ORDER BY form_key, version DESC`, [formKeys]);
    const byKey = new Map(rows.map((r) => [r.form_key, r]));
    return formKeys.map((formKey) => ({ formKey, name: byKey.get(formKey)?.name ?? formKey, latestVersion: byKey.get(formKey)?.version ?? null }));
  }

  private async processes(ids: string[]): Promise<AppProcessModel[]> {
    if (ids.length === 0) return [];
    const rows: { bpmn_process_id: string; name: string | null; version: number; model: ProcessModel }[] = await this.db.em.query(
      `SELECT DISTINCT ON (bpmn_process_id) bpmn_process_id, name, version, model FROM process_definitions
       WHERE bpmn_process_id = ANY($1) ORDER BY bpmn_process_id, version DESC`, [ids]);
    const byId = new Map(rows.map((r) => [r.bpmn_process_id, r]));
    return ids.map((bpmnProcessId) => {
      const row = byId.get(bpmnProcessId);
      return { bpmnProcessId, name: row?.name ?? null, latestVersion: row?.version ?? null, startFormKey: row ? startFormOf(row.model) : null };
    });
  }

  /** Open tasks assigned to the caller, or unclaimed with the caller (or one of their groups) as candidate or none named. */
  private async myOpenTasks(auth: AuthContext, processIds: string[]): Promise<number> {
    if (processIds.length === 0) return 0;
    const [{ count }] = await this.db.em.query(
      `SELECT count(*)::int AS count FROM user_tasks t JOIN process_instances p ON p.id = t.process_instance_id
       WHERE t.state = 'CREATED' AND p.bpmn_process_id = ANY($1) AND (
         t.assignee = $2::text OR lower(t.assignee) = lower($3::text)
         OR (t.assignee IS NULL AND (
           (t.candidate_users = '[]'::jsonb AND t.candidate_groups = '[]'::jsonb)
           OR t.candidate_users ? $2::text
           OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(t.candidate_users) u WHERE lower(u) = lower($3::text))
           OR t.candidate_groups ?| ARRAY(SELECT g.key::text FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.user_id = $2::uuid)
         )))`,
      [processIds, auth.userId, auth.email],
    );
    return count as number;
  }

  private async myRecords(auth: AuthContext, formKeys: string[]): Promise<number> {
    if (formKeys.length === 0) return 0;
    const [{ count }] = await this.db.em.query(
      `SELECT count(*)::int AS count FROM records WHERE form_key = ANY($1) AND created_by_id = $2 AND deleted_at IS NULL`,
      [formKeys, auth.userId],
    );
    return count as number;
  }
}

/** The form of the process's none start event: `zeebe:formDefinition` formId, else formKey. */
export function startFormOf(model: ProcessModel): string | null {
  for (const node of Object.values(model.nodes)) {
    if (node.kind === 'startEvent' && node.scopeId === model.id && node.eventDefinitions.length === 0) {
      const form = node.formId ?? node.formKey;
      if (form) return form;
    }
  }
  return null;
}

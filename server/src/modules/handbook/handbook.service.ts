import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { parseBpmn } from '../../engine/index.js';
import { AppService } from '../app/app.service.js';
import { AppHandbookModel } from './dtos/handbook.model.js';
import { HandbookException } from './handbook.exception.js';
import { handbookHtml, HandbookProcess } from './render/handbook-html.util.js';

/** Builds an app's handbook from the latest deployed version of each of its processes and forms. */
@Injectable()
export class HandbookService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly apps: AppService,
  ) {}

  async build(auth: AuthContext, key: string, lang: string | null | undefined, requestLang: Locale): Promise<AppHandbookModel> {
    this.access.require(auth, Permission.PROCESS_READ);
    const locale = lang ?? requestLang;
    if (locale !== 'zh-CN' && locale !== 'en') {
      throw new HandbookException('BAD_LANG', { params: { lang: locale }, fields: [{ key: 'lang', message: { en: 'Use zh-CN or en.', 'zh-CN': '请使用 zh-CN 或 en。' } }] });
    }
    const app = await this.apps.require(key);
    const em = this.db.em;
    const definitions: { bpmn_process_id: string; version: number; xml: string }[] = await em.query(
      `SELECT DISTINCT ON (d.bpmn_process_id) d.bpmn_process_id, d.version, d.xml FROM process_definitions d
       JOIN app_items i ON i.kind = 'PROCESS' AND i.item_key = d.bpmn_process_id AND i.app_id = $1
       ORDER BY d.bpmn_process_id, d.version DESC`, [app.id]);
    const processes: HandbookProcess[] = [];
    for (const row of definitions) {
      const parsed = await parseBpmn(row.xml);
      const model = parsed.ok ? parsed.processes.find((p) => p.id === row.bpmn_process_id) : undefined;
      if (parsed.ok && model) processes.push({ bpmnProcessId: row.bpmn_process_id, version: row.version, model, definitions: parsed.document.definitions });
    }
    const forms: { form_key: string; schema: FormSchema }[] = await em.query(`SELECT DISTINCT ON (form_key) form_key, schema FROM forms ORDER BY form_key, version DESC`);
    const groups: { key: string; name_zh_cn: string; name_en: string }[] = await em.query(`SELECT key, name_zh_cn, name_en FROM groups`);
    const people: { id: string; email: string; name: string }[] = await em.query(
      `SELECT u.id, u.email, u.name FROM users u JOIN memberships m ON m.user_id = u.id`);
    const title = locale === 'zh-CN' ? `${app.nameZhCN} · 流程手册` : `${app.nameEn} · Process handbook`;
    const generatedAt = new Date();
    const html = handbookHtml(title, processes, {
      lang: locale,
      forms: new Map(forms.map((f) => [f.form_key, f.schema])),
      groups: new Map(groups.map((g) => [g.key, locale === 'zh-CN' ? g.name_zh_cn : g.name_en])),
      people: new Map(people.flatMap((p) => [[p.id, p.name], [p.email.toLowerCase(), p.name]] as [string, string][])),
    }, generatedAt);
    return { appKey: app.key, lang: locale, title, html, generatedAt };
  }
}

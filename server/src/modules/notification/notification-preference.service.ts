import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { NotificationPreferencesModel } from './dtos/notification-preference.model.js';
import { NotificationOptOutEntity } from './entities/notification-opt-out.entity.js';
import { SmtpSettingsEntity } from './entities/smtp-settings.entity.js';
import { isOptionalKind, NotificationKind, OPTIONAL_KINDS } from './notification-kind.js';
import { NotificationException } from './notification.exception.js';
import { isTimeZone } from './utils/format-date.util.js';

/** The signed-in member's own notification choices in the current workspace: every kind is on until switched off. */
@Injectable()
export class NotificationPreferenceService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
  ) {}

  async get(auth: AuthContext): Promise<NotificationPreferencesModel> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    const em = this.db.em;
    const off = new Set((await em.findBy(NotificationOptOutEntity, { workspaceId: auth.workspaceId, userId: auth.userId })).map((row) => row.kind));
    const user = await em.findOneByOrFail(UserEntity, { id: auth.userId });
    const smtp = await em.findOneBy(SmtpSettingsEntity, { workspaceId: auth.workspaceId });
    return {
      kinds: OPTIONAL_KINDS.map((kind) => ({ kind, enabled: !off.has(kind) })),
      timeZone: user.timeZone,
      emailEnabled: smtp?.enabled ?? false,
    };
  }

  async set(auth: AuthContext, kind: NotificationKind, enabled: boolean): Promise<NotificationPreferencesModel> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    if (kind === NotificationKind.INVITATION) {
      throw new NotificationException('NOT_OPTIONAL', { params: { kind }, fields: [{ key: 'kind', message: { en: 'Cannot be switched off.', 'zh-CN': '不能关闭。' } }] });
    }
    const check = new InputCheck();
    if (!isOptionalKind(kind)) check.add('kind', { en: `Choose one of ${OPTIONAL_KINDS.join(', ')}.`, 'zh-CN': `请选择 ${OPTIONAL_KINDS.join('、')} 之一。` });
    if (typeof enabled !== 'boolean') check.add('enabled', { en: 'Give true or false.', 'zh-CN': '请填写 true 或 false。' });
    check.throwIfAny();
    const row = { workspaceId: auth.workspaceId, userId: auth.userId, kind: kind as Exclude<NotificationKind, NotificationKind.INVITATION> };
    if (enabled) await this.db.em.delete(NotificationOptOutEntity, row);
    else await this.db.em.upsert(NotificationOptOutEntity, row, ['workspaceId', 'userId', 'kind']);
    return this.get(auth);
  }

  /** The zone dates in mail are shown in (null: by language). Applies in every workspace: it is the person's. */
  async setTimeZone(auth: AuthContext, timeZone: string | null): Promise<NotificationPreferencesModel> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    const zone = timeZone?.trim() || null;
    if (zone !== null && !isTimeZone(zone)) {
      new InputCheck().add('timeZone', { en: `"${zone.slice(0, 64)}" is not a time zone; use an IANA name such as Asia/Shanghai.`, 'zh-CN': `“${zone.slice(0, 64)}”不是时区，请使用 IANA 名称，例如 Asia/Shanghai。` }).throwIfAny();
    }
    await this.db.em.update(UserEntity, { id: auth.userId }, { timeZone: zone });
    return this.get(auth);
  }
}

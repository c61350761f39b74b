import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { SecretModel } from './dtos/secret.model.js';
import { SecretEntity } from './entities/secret.entity.js';
import { SecretVault } from './secret-vault.service.js';
import { SecretException } from './secret.exception.js';

const NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_VALUE = 8_192;

/** Admins set and delete a workspace's connector secrets; values are write-only and never logged. */
@Injectable()
export class SecretService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly vault: SecretVault,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext): Promise<SecretModel[]> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const rows = await this.db.em.find(SecretEntity, { order: { name: 'ASC' } });
    return rows.map(({ name, updatedAt, updatedById }) => ({ name, updatedAt, updatedById }));
  }

  async set(auth: AuthContext, name: string, value: string): Promise<SecretModel> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const check = new InputCheck();
    if (!NAME.test(name)) check.add('name', { en: 'Use A–Z, digits and _, starting with a letter, at most 64 characters (SMTP_PASSWORD).', 'zh-CN': '请使用大写字母、数字和下划线，以字母开头，最多 64 个字符（如 SMTP_PASSWORD）。' });
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE) check.add('value', { en: `Give 1–${MAX_VALUE} characters.`, 'zh-CN': `请提供 1–${MAX_VALUE} 个字符。` });
    check.throwIfAny();
    const sealed = await this.vault.seal(auth.workspaceId, name, value);
    await this.db.em.upsert(SecretEntity, { workspaceId: auth.workspaceId, name, ...sealed, updatedById: auth.userId, updatedAt: new Date() }, ['workspaceId', 'name']);
    await this.audit.recordBy(auth, { action: 'secret.set', targetType: 'secret', targetId: name });
    const row = await this.db.em.findOneByOrFail(SecretEntity, { workspaceId: auth.workspaceId, name });
    return { name: row.name, updatedAt: row.updatedAt, updatedById: row.updatedById };
  }

  async remove(auth: AuthContext, name: string): Promise<boolean> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const result = await this.db.em.delete(SecretEntity, { workspaceId: auth.workspaceId, name });
    if (!result.affected) throw new SecretException('SECRET_NOT_FOUND', { params: { name }, fields: [{ key: 'name', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    await this.audit.recordBy(auth, { action: 'secret.deleted', targetType: 'secret', targetId: name });
    return true;
  }

  async rotate(auth: AuthContext): Promise<number> {
    this.access.require(auth, Permission.SECRET_MANAGE);
    const count = await this.vault.reseal();
    await this.audit.recordBy(auth, { action: 'secret.rotated', targetType: 'workspace', targetId: auth.workspaceId, details: { resealed: count } });
    return count;
  }
}

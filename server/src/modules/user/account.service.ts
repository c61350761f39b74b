import { Injectable } from '@nestjs/common';
import { AuthContext, GqlContext } from '../../common/auth/auth-context.js';
import { passwordProblem } from '../../common/auth/password-policy.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthException } from '../auth/auth.exception.js';
import { ChangePasswordInput, UpdateProfileInput } from '../auth/dtos/auth.inputs.js';
import { LOCALES } from '../auth/auth.service.js';
import { PasswordService } from '../auth/password.service.js';
import { SessionService } from '../auth/session.service.js';
import { UserModel } from './dtos/user.model.js';
import { UserEntity } from './entities/user.entity.js';

/** The signed-in person's own account: profile and password. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async updateProfile(auth: AuthContext, input: UpdateProfileInput): Promise<UserModel> {
    const check = new InputCheck();
    if (input.name !== undefined && input.name !== null) check.text('name', input.name, { max: 200 });
    if (input.locale && !(LOCALES as readonly string[]).includes(input.locale)) {
      check.add('locale', { en: 'Choose zh-CN or en.', 'zh-CN': '请选择 zh-CN 或 en。' });
    }
    check.throwIfAny();
    const changes: Partial<UserEntity> = {};
    if (input.name) changes.name = input.name.trim();
    if (input.locale) changes.locale = input.locale;
    if (Object.keys(changes).length > 0) await this.db.em.update(UserEntity, { id: auth.userId }, changes);
    return this.db.em.findOneByOrFail(UserEntity, { id: auth.userId });
  }

  /** Signs out every other session of the account; the current one stays. */
  async changePassword(auth: AuthContext, input: ChangePasswordInput, ctx: GqlContext): Promise<boolean> {
    const user = await this.db.em.findOneByOrFail(UserEntity, { id: auth.userId });
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword))) {
      throw new AuthException('WRONG_PASSWORD', { fields: [{ key: 'currentPassword', message: { en: 'Incorrect.', 'zh-CN': '不正确。' } }] });
    }
    const weak = passwordProblem(input.newPassword, user.email);
    if (weak) new InputCheck().add('newPassword', weak).throwIfAny();
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.db.em.update(UserEntity, { id: auth.userId }, { passwordHash });
    await this.audit.recordBy(auth, { action: 'auth.password_changed', targetType: 'user', targetId: auth.userId });
    const token = this.sessions.readCookie(ctx.req);
    await this.db.system(async (em) => {
      const current = token ? await this.sessions.findByToken(em, token) : null;
      await this.sessions.revokeAllOfUser(em, auth.userId, current?.userId === auth.userId ? current.familyId : undefined);
    });
    return true;
  }
}

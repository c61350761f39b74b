import { Injectable } from '@nestjs/common';
import { AuthContext } from './auth-context.js';
import { Permission, PERMISSION_ROLES } from './permission.js';
import { defineException } from '../errors/define-exception.js';

export const AccessException = defineException('AccessException', {
  FORBIDDEN: {
    code: 'FORBIDDEN',
    en: 'Your role ({role}) may not do this; ask a workspace admin.',
    zh: '您的角色（{role}）无权执行此操作，请联系工作区管理员。',
  },
});

/** Authorise once, at the top of each service method. */
@Injectable()
export class AccessService {
  require(auth: AuthContext, permission: Permission): void {
    if (!this.can(auth, permission)) {
      throw new AccessException('FORBIDDEN', { params: { role: auth.role } });
    }
  }

  can(auth: AuthContext, permission: Permission): boolean {
    return PERMISSION_ROLES[permission].includes(auth.role);
  }
}

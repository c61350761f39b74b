import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../user/entities/user.entity.js';
import { AuthException } from './auth.exception.js';
import { LoginAttemptEntity } from './entities/login-attempt.entity.js';

export const LOCKOUT = { failures: 5, windowMinutes: 15, lockMinutes: 15 } as const;
export const IP_LIMIT = { failures: 30, windowMinutes: 15 } as const;

/** Lockout and rate limits counted in the database, so every replica sees the same attempts. */
@Injectable()
export class LoginThrottleService {
  async assertAllowed(em: EntityManager, ip: string, user: UserEntity | null): Promise<void> {
    const [{ count }] = await em.query(
      `SELECT count(*)::int AS count FROM login_attempts
       WHERE ip = $1 AND NOT succeeded AND created_at > now() - make_interval(mins => $2)`,
      [ip, IP_LIMIT.windowMinutes],
    );
    if (count >= IP_LIMIT.failures) throw new AuthException('TOO_MANY_ATTEMPTS');
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      const minutes = Math.max(1, Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60000));
      throw new AuthException('ACCOUNT_LOCKED', { params: { minutes } });
    }
  }

  /** Records a failure; returns true when this failure locked the account. */
  async recordFailure(em: EntityManager, email: string, ip: string, user: UserEntity | null): Promise<boolean> {
    await em.insert(LoginAttemptEntity, { email, ip, succeeded: false });
    if (!user) return false;
    const [{ count }] = await em.query(
      `SELECT count(*)::int AS count FROM login_attempts
       WHERE email = $1 AND NOT succeeded AND created_at > now() - make_interval(mins => $2)
         AND created_at > COALESCE((SELECT max(created_at) FROM login_attempts WHERE email = $1 AND succeeded), '-infinity')
         AND created_at > COALESCE($3::timestamptz, '-infinity')`,
      [email, LOCKOUT.windowMinutes, user.lockedUntil],
    );
    if (count < LOCKOUT.failures) return false;
    await em.update(UserEntity, { id: user.id }, { lockedUntil: new Date(Date.now() + LOCKOUT.lockMinutes * 60000) });
    return true;
  }

  async recordSuccess(em: EntityManager, email: string, ip: string): Promise<void> {
    await em.insert(LoginAttemptEntity, { email, ip, succeeded: true });
  }
}

import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Env } from '../../config/env.js';
import { InstanceSettingEntity } from '../../database/entities/instance-setting.entity.js';

export const SIGNING_SECRET = Symbol('SIGNING_SECRET');

/**
 * BATON_JWT_SECRET when set; otherwise one random secret generated on first start and kept in the database,
 * so every replica signs and verifies with the same key without extra configuration.
 */
export async function loadSigningSecret(env: Env, dataSource: DataSource): Promise<string> {
  if (env.BATON_JWT_SECRET) return env.BATON_JWT_SECRET;
  const repo = dataSource.getRepository(InstanceSettingEntity);
  await repo
    .createQueryBuilder()
    .insert()
    .values({ key: 'jwt_secret', value: randomBytes(48).toString('base64url') })
    .orIgnore()
    .execute();
  const row = await repo.findOneByOrFail({ key: 'jwt_secret' });
  return row.value;
}

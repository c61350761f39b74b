import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ENV, Env } from '../../config/env.js';
import { DATA_SOURCE, Db } from '../../database/db.service.js';
import { SecretEntity } from './entities/secret.entity.js';
import { SecretCipher } from './secret-cipher.js';
import { SecretException } from './secret.exception.js';

/**
 * The one place secrets are sealed and opened. The key is BATON_SECRETS_KEY; outside production, without one, a
 * random key is generated once and kept in instance_settings (next to the data it protects: development only).
 * In production without the variable, secrets are refused rather than sealed with a key kept in the database.
 */
@Injectable()
export class SecretVault {
  private cipher: Promise<SecretCipher | null> | null = null;

  constructor(
    private readonly db: Db,
    @Inject(ENV) private readonly env: Env,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async seal(workspaceId: string, name: string, value: string): Promise<{ ciphertext: string; keyId: string }> {
    return (await this.requireCipher()).seal(value, `${workspaceId}/${name}`);
  }

  /** Opens one value that `seal` sealed for the same workspace and name (e.g. the message webhooks' HMAC key). */
  async open(workspaceId: string, name: string, sealed: { ciphertext: string; keyId: string }): Promise<string> {
    return (await this.requireCipher()).open(sealed, `${workspaceId}/${name}`);
  }

  /** Opens a workspace's secrets by name (for the plugin host, in the caller's tenant transaction); unknown names are left out. */
  async resolve(names: string[]): Promise<Map<string, string>> {
    if (names.length === 0) return new Map();
    const cipher = await this.requireCipher();
    const rows = await this.db.em.createQueryBuilder(SecretEntity, 's').where('s.name IN (:...names)', { names }).getMany();
    return new Map(rows.map((row) => [row.name, cipher.open(row, `${row.workspaceId}/${row.name}`)]));
  }

  /** Re-seals with the current key every secret of the workspace sealed with another one; returns how many. */
  async reseal(): Promise<number> {
    const cipher = await this.requireCipher();
    const rows = await this.db.em.find(SecretEntity);
    let count = 0;
    for (const row of rows.filter((r) => r.keyId !== cipher.keyId)) {
      const context = `${row.workspaceId}/${row.name}`;
      await this.db.em.update(SecretEntity, { workspaceId: row.workspaceId, name: row.name }, cipher.seal(cipher.open(row, context), context));
      count += 1;
    }
    return count;
  }

  private async requireCipher(): Promise<SecretCipher> {
    this.cipher ??= this.loadCipher();
    const cipher = await this.cipher;
    if (!cipher) throw new SecretException('NO_KEY');
    return cipher;
  }

  private async loadCipher(): Promise<SecretCipher | null> {
    if (this.env.BATON_SECRETS_KEY) return new SecretCipher(this.env.BATON_SECRETS_KEY, this.env.BATON_SECRETS_KEY_PREVIOUS);
    if (this.env.NODE_ENV === 'production') return null;
    await this.dataSource.query(`INSERT INTO instance_settings (key, value) VALUES ('secrets_key', $1) ON CONFLICT (key) DO NOTHING`, [randomBytes(32).toString('base64')]);
    const [row]: { value: string }[] = await this.dataSource.query(`SELECT value FROM instance_settings WHERE key = 'secrets_key'`);
    return new SecretCipher(row.value, this.env.BATON_SECRETS_KEY_PREVIOUS);
  }
}

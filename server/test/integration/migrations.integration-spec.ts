import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDataSource } from '../../src/database/data-source.js';
import { createDatabase } from './global-setup.js';

describe('migrations', () => {
  it('create exactly the schema the entities describe, and revert cleanly', async () => {
    // given a fresh database
    const url = await createDatabase(inject('databaseServerUrl'), `baton_mig_${randomBytes(4).toString('hex')}`);
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    try {
      // when every migration runs
      await dataSource.runMigrations();
      // then TypeORM finds nothing to change: entities and migrations agree
      const drift = await dataSource.driver.createSchemaBuilder().log();
      expect(drift.upQueries.map((q) => q.query)).toEqual([]);
      // and every migration reverts, and applies again
      while ((await dataSource.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) await dataSource.undoLastMigration();
      const left = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(left).toEqual([]);
      await dataSource.runMigrations();
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
    }
  });
});

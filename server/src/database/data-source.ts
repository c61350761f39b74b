import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    // A fixed-size pool, as HikariCP advises: connections are kept once opened (min = max). A new PostgreSQL backend
    // starts with cold catalog caches, so pg-pool's default of closing connections idle for 10 s made the first
    // commands after every lull several times slower (tails of 100–300 ms in bench/tasks-complete.bench.mjs).
    extra: { max: options.poolSize ?? 10, min: options.poolSize ?? 10 },
  });
}

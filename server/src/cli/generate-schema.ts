import 'reflect-metadata';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { parseEnv } from '../config/env.js';
import { createDataSource } from '../database/data-source.js';

export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

/** Writes the code-first schema as SDL. Needs no database: the data source is never initialised. */
export async function generateSchema(file: string): Promise<void> {
  const app = await NestFactory.create(
    AppModule.register({
      env: parseEnv({ NODE_ENV: 'development' }),
      dataSource: createDataSource('postgres://schema-generation.invalid/none'),
      signingSecret: 'schema-generation-only-not-a-real-secret',
      schemaFile: file,
    }),
    { logger: false },
  );
  await app.init();
  await app.close();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  generateSchema(SCHEMA_FILE).then(() => console.log(`Wrote ${SCHEMA_FILE}`));
}

import 'reflect-metadata';
import { startBaton } from './bootstrap.js';
import { ConfigError, parseEnv } from './config/env.js';

async function main(): Promise<void> {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const p of error.problems) console.error(`Baton cannot start: ${p.variable} ${p.message}`);
      process.exit(2);
    }
    throw error;
  }
  const started = Date.now();
  const baton = await startBaton(env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n  Baton (接力) is ready in ${seconds}s at ${baton.url}   (GraphQL: ${baton.url}/graphql)`);
  console.log(`  Database: ${baton.embedded ? `embedded PostgreSQL in ${env.BATON_DATA_DIR}` : 'DATABASE_URL'}`);
  if (baton.demo) console.log(`  Demo sign-in: ${baton.demo.email} / ${baton.demo.password}  (workspace "${baton.demo.workspace}")`);
  console.log('');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}; stopping Baton...`);
    try {
      await baton.stop();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Baton failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});

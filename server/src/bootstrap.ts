import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { Env } from './config/env.js';
import { createDataSource } from './database/data-source.js';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';
import { loadSigningSecret } from './modules/auth/signing-secret.provider.js';
import { seedDemo, DemoSeedResult } from './modules/demo/demo-seed.js';
import { PLUGIN_BASE64_MAX_BYTES } from './modules/plugin/plugin-install.service.js';

export interface RunningBaton {
  app: NestExpressApplication;
  url: string;
  dataSource: DataSource;
  demo: DemoSeedResult | null;
  embedded: boolean;
  stop(): Promise<void>;
}

const LEVELS: Record<Env['BATON_LOG_LEVEL'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = resolve(here, '../../web/dist');

/** Database (embedded or DATABASE_URL) → migrations → signing secret → demo seed → Nest app listening. */
export async function startBaton(env: Env, options: { log?: boolean } = {}): Promise<RunningBaton> {
  const logger = new Logger('Baton');
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    const dataDir = resolve(env.BATON_DATA_DIR);
    logger.log(`Starting embedded PostgreSQL in ${dataDir}/pg on port ${env.BATON_EMBEDDED_PG_PORT}`);
    embedded = await startEmbeddedPostgres({ dataDir, port: env.BATON_EMBEDDED_PG_PORT });
    url = embedded.url;
  }
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    const signingSecret = await loadSigningSecret(env, dataSource);
    const demo = env.BATON_SEED_DEMO ? await seedDemo(dataSource) : null;
    const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ env, dataSource, signingSecret }), {
      logger: options.log === false ? false : LEVELS[env.BATON_LOG_LEVEL],
      // keeps the raw bytes beside the parsed JSON (req.rawBody): message webhooks verify their HMAC over them
      rawBody: true,
    });
    app.set('trust proxy', 'loopback');
    // JSON bodies up to what installPluginFromBase64 takes (base64 is 4/3 of the bytes), instead of express' 100 kB
    app.useBodyParser('json', { limit: Math.ceil(PLUGIN_BASE64_MAX_BYTES / 3) * 4 + 64 * 1024 });
    app.use(cookieParser());
    app.enableShutdownHooks();
    serveWeb(app);
    await app.listen(env.PORT, env.HOST);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    return {
      app,
      url: `http://localhost:${port}`,
      dataSource,
      demo,
      embedded: embedded !== null,
      async stop() {
        await app.close();
        if (dataSource.isInitialized) await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}

/** The built web app at `/`, with the SPA's index.html for every other GET that is not an API path. */
function serveWeb(app: NestExpressApplication): void {
  if (!existsSync(resolve(WEB_DIST, 'index.html'))) return;
  app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || /^\/(graphql|healthz|readyz|hooks|api|public)(\/|$)/.test(req.path)) return next();
    res.sendFile(resolve(WEB_DIST, 'index.html'));
  });
}

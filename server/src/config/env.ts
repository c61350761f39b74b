import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

const seconds = z.coerce.number().int().min(1);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000), // 0 = any free port
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  BATON_DATA_DIR: z.string().min(1).default('.baton'),
  BATON_EMBEDDED_PG_PORT: port.default(5433),
  BATON_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  BATON_PUBLIC_URL: z.url('must be an absolute URL such as https://baton.example.com').optional(),
  BATON_SEED_DEMO: bool.default(true),
  BATON_ACCESS_TOKEN_TTL: seconds.max(86400, 'must be at most 86400 seconds').default(900),
  BATON_REFRESH_TOKEN_TTL: seconds.default(2592000),
  BATON_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  BATON_SECRETS_KEY: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  BATON_SECRETS_KEY_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  BATON_PLUGIN_DIRS: z.string().default(''),
  /** Folders (comma-separated) under which admins may install a plugin folder at run time; none by default. */
  BATON_PLUGIN_INSTALL_ROOTS: z.string().default(''),
  BATON_CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(15 * 60 * 1000).default(30_000),
  BATON_CONNECTOR_MEMORY_MB: z.coerce.number().int().min(16).max(4096).default(128),
  /** total size of the workspace files one connector job may receive in its file fields (e.g. email attachments) */
  BATON_CONNECTOR_FILES_MAX_MB: z.coerce.number().int().min(1).max(50).default(10),
  BATON_OUTBOUND_ALLOW_HOSTS: z.string().default(''),
  BATON_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).max(1024 * 1024 * 1024, 'must be at most 1 GiB').default(20 * 1024 * 1024),
  BATON_UPLOAD_TYPES: z
    .string()
    .regex(/^[a-z0-9]+(,[a-z0-9]+)*$/, 'must be file extensions separated by commas, such as pdf,png,xlsx')
    .default('pdf,png,jpg,jpeg,gif,webp,txt,csv,xlsx,xls,docx,doc,pptx,ppt,zip,json,md'),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      'Invalid environment: ' + problems.map((p) => `${p.variable} ${p.message}`).join('; '),
    );
  }
}

/** Validates the environment once at start-up; a bad value names the variable. Empty strings count as unset. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({ variable: String(issue.path[0]), message: issue.message })),
    );
  }
  return result.data;
}

export const ENV = Symbol('ENV');

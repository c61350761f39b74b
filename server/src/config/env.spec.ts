import { ConfigError, parseEnv } from './env.js';

describe('parseEnv', () => {
  it('applies documented defaults when nothing is set', () => {
    // given an empty environment / when parsed
    const env = parseEnv({});
    // then every default is the documented one
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      BATON_DATA_DIR: '.baton',
      BATON_SEED_DEMO: true,
      BATON_ACCESS_TOKEN_TTL: 900,
      NODE_ENV: 'development',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it.each([
    { title: 'non-numeric port', env: { PORT: 'abc' }, variable: 'PORT' },
    { title: 'port out of range', env: { PORT: '70000' }, variable: 'PORT' },
    { title: 'mysql url', env: { DATABASE_URL: 'mysql://x' }, variable: 'DATABASE_URL' },
    { title: 'short jwt secret', env: { BATON_JWT_SECRET: 'short' }, variable: 'BATON_JWT_SECRET' },
    { title: 'bad boolean', env: { BATON_SEED_DEMO: 'maybe' }, variable: 'BATON_SEED_DEMO' },
    { title: 'relative public url', env: { BATON_PUBLIC_URL: 'baton.local' }, variable: 'BATON_PUBLIC_URL' },
    { title: 'unknown log level', env: { BATON_LOG_LEVEL: 'loud' }, variable: 'BATON_LOG_LEVEL' },
  ])('rejects $title naming $variable', ({ env, variable }) => {
    // given a bad value / when parsed / then a ConfigError names the variable
    let error: unknown;
    try {
      parseEnv(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
    expect((error as ConfigError).message).toContain(variable);
  });
});

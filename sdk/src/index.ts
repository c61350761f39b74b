export * from './feel/index.js';
export * from './forms/index.js';
// The connector contract is browser-safe (zod only); the SSRF-guarded fetch uses Node's dns and net: `@baton/sdk/net`.
export * from './connector/index.js';

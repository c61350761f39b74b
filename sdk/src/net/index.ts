export * from './ssrf-guard.js';
export * from './public-host.js';

export * from './ssrf-guard.js';

export * from './feel/index.js';
export * from './forms/index.js';

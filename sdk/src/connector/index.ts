export * from './connector-errors.js';
export * from './define-connector.js';
export * from './element-template.js';
export * from './plugin-manifest.js';
export * from './run-connector.js';
export * from './run-trigger.js';
export * from './connector-files.js';

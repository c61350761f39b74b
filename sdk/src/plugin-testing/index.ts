// `@baton/sdk/testing`: the harness plugin authors (and Baton's own plugins) test connectors with. Node only.
export * from './run-connector-for-test.js';
export * from './start-baton.js';
export * from './stub-http.js';

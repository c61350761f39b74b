// Shared jest setup of the connector packages (each plugin's jest.config.js re-exports it).
/** ES-module-only packages reached through @baton/sdk: swc turns them into CommonJS for jest (one list, in sdk/). */
const esmOnly = require('../sdk/jest.esm-only.cjs');
const swc = (syntax) => ['@swc/jest', { jsc: { parser: { syntax }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': swc('typescript'), '^.+\\.m?js$': swc('ecmascript') },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

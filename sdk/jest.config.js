/**
 * feelin and its parser (lezer-feel, min-dash, temporal-polyfill, temporal-utils) ship ES modules only. Node 20.19+ can
 * require() them, but jest's module registry cannot, so swc turns those packages into CommonJS for the tests.
 */
const esmOnly = ['feelin', 'lezer-feel', 'min-dash', 'temporal-polyfill', 'temporal-utils'];

const swc = (syntax) => ['@swc/jest', { jsc: { parser: { syntax }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  // sources import siblings as './x.js' so that the ESM build runs in Node; jest resolves them to './x.ts'
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

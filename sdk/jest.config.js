const esmOnly = require('./jest.esm-only.cjs');

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

// `npm test`: every check CI runs — lint, typecheck, unit and integration tests, the ESLint rule's own tests,
// then a build and the end-to-end tests in Chromium against a real server. Stops at the first failure.
import { nx, run } from './run.mjs';

const steps = [
  ['lint', () => nx('run-many', '-t', 'lint')],
  ['eslint rules', () => run(process.execPath, ['--test', 'tools/eslint-rules/graphql-resolvers-should-be-guarded.test.mjs'])],
  ['typecheck', () => nx('run-many', '-t', 'typecheck')],
  ['unit and integration tests', () => nx('run-many', '-t', 'test', '--parallel=1')],
  ['build', () => nx('run-many', '-t', 'build')],
  ['generated files are current', generatedFilesAreCurrent],
  ['end-to-end', () => run('npm', ['run', 'test:e2e', '-w', '@baton/web'])],
];

/** The web client's types are generated from server/schema.graphql and committed; regenerating must change nothing. */
async function generatedFilesAreCurrent() {
  const code = await run('npm', ['run', 'codegen', '-w', '@baton/web']);
  if (code !== 0) return code;
  const diff = await run('git', ['diff', '--exit-code', '--stat', '--', 'web/src/gql']);
  if (diff !== 0) console.error('Generated files changed: run `npm run codegen -w @baton/web` and commit the result.');
  return diff;
}

const started = Date.now();
for (const [name, step] of steps) {
  const t = Date.now();
  console.log(`\n=== ${name}`);
  const code = await step();
  console.log(`=== ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  if (code !== 0) process.exit(code);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(1)}s`);

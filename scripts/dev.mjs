// `npm run dev`: Nest in watch mode (tsc --watch + node --watch) and the Vite dev server, which proxies /graphql.
import { nx, run } from './run.mjs';

const built = await nx('run-many', '-t', 'build', '--projects=@baton/sdk,@baton/server');
if (built !== 0) process.exit(built);
const children = [
  run('npx', ['tsc', '-p', 'server/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run(process.execPath, ['--watch-path=server/dist', 'server/dist/main.js']),
  run('npm', ['run', 'dev', '-w', '@baton/web']),
];
process.exit(Math.max(...(await Promise.all(children))));

// `npm start`: build what changed (Nx caches the rest), then run one Baton server. Without DATABASE_URL it
// starts an embedded PostgreSQL in .baton/ and seeds the demo workspace on the first start.
import { nx, run } from './run.mjs';

const built = await nx('run-many', '-t', 'build', '--projects=@baton/sdk,@baton/server,@baton/web');
if (built !== 0) process.exit(built);
process.exit(await run(process.execPath, ['server/dist/main.js']));

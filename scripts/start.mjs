// `npm start`: build what changed (Nx caches the rest), then run one Baton server in this process, so SIGINT and
// SIGTERM reach it directly and it stops the embedded PostgreSQL cleanly. Without DATABASE_URL it starts an
// embedded PostgreSQL in .baton/ and seeds the demo workspace on the first start.
import { nx } from './run.mjs';

const built = await nx('run-many', '-t', 'build', '--projects=@baton/sdk,@baton/server,@baton/web');
if (built !== 0) process.exit(built);
await import('../server/dist/main.js');

// The child side of `startBenchServer(name, { ownProcess: true })`: PostgreSQL and Baton in this process, as
// `npm start` runs them, so the load generator's HTTP and JSON work does not share the server's event loop.
// Tells its parent { url, databaseUrl } over IPC; answers 'loop' with its event-loop delay since the last 'loop'
// (p50 / p99 / max ms); stops and removes its folder when the parent sends 'stop'.
import { rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBatonIn } from './baton-server.mjs';

const { baton, pg, folder } = await startBatonIn(process.argv[2] ?? 'child');
process.send({ url: baton.url, databaseUrl: pg.url });
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
process.on('message', async (message) => {
  if (message === 'loop') {
    const ms = (ns) => ns / 1e6;
    process.send({ loop: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) } });
    delay.reset();
    return;
  }
  if (message !== 'stop') return;
  await baton.stop();
  await pg.stop();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
});

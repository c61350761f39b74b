// What: the form renderer in Chromium. (1) First render of a 200-field form (eight input types, rows of two,
// required rules and hide conditions): mount → DOM → layout. (2) A keystroke in a field that 50 others depend on
// (hide condition, FEEL-required rule each): input event → DOM updated → layout. Each against a reference in the
// same page: a plain Vue + Element Plus form with the same inputs and no schema evaluation. Targets (issue 5):
// first render < 200 ms, keystroke < 16 ms.
// Data: generated in forms-render/schemas.ts. Run: npm run forms-render -w @baton/bench (needs /usr/bin/chromium or
// CHROMIUM_PATH). Builds the page with Vite into a temp folder and removes it afterwards.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
const web = join(here, '../web');
const { build } = await import(require.resolve('vite', { paths: [web] }));
const vue = (await import(require.resolve('@vitejs/plugin-vue', { paths: [web] }))).default;
const { chromium } = require(require.resolve('playwright-core', { paths: [web] }));

const out = mkdtempSync(join(tmpdir(), 'baton-render-bench-'));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};
let server;
let browser;
try {
  await build({
    root: join(here, 'forms-render'),
    base: './',
    logLevel: 'warn',
    plugins: [vue()],
    resolve: { alias: { '@': join(web, 'src') } },
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000, minify: !process.env.BENCH_PROBE },
  });
  server = createServer((request, response) => {
    const path = join(
      out,
      decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/^\/$/, '/index.html'),
    );
    if (!path.startsWith(out)) return response.writeHead(403).end();
    response.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    createReadStream(path)
      .on('error', () => response.writeHead(404).end())
      .pipe(response);
  }).listen(0);
  await new Promise((done) => server.once('listening', done));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  // BENCH_PROBE=1: first render of 200 fields of each single type instead (which widgets cost what)
  await page.goto(
    `http://127.0.0.1:${server.address().port}/index.html${process.env.BENCH_PROBE ? `?probe=${process.env.BENCH_PROBE === '1' ? '' : process.env.BENCH_PROBE}` : ''}`,
  );
  if (process.env.BENCH_PROBE_WAIT) {
    console.log(page.url());
    await new Promise((wait) => setTimeout(wait, Number(process.env.BENCH_PROBE_WAIT)));
  }
  if (process.env.BENCH_PROBE) {
    console.log('200 fields of one type, first render (ms):', await page.evaluate(() => window.__bench));
  } else {
    const results = await page.evaluate(() => window.__bench);

    const stats = (values, skip = 2) => {
      const sorted = values.slice(skip).sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
    };
    const line = (name, mine, reference, target) => {
      const a = stats(mine);
      const b = stats(reference);
      console.log(
        `${name}: Baton p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms (n=${a.n}) vs plain Element Plus p50 ${b.p50.toFixed(1)} ms, p95 ${b.p95.toFixed(1)} ms` +
          ` (${(a.p50 / b.p50).toFixed(2)}x); target < ${target} ms: ${a.p95 < target ? 'met' : 'NOT met'}`,
      );
    };
    line('first render, 200 fields', results.renderer, results.plain, 200);
    line('keystroke, 50 dependent fields', results.rendererKey, results.plainKey, 16);
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
}

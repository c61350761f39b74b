// What: a records page (count + first 50) of a 20-field form with 1,000,000 records, filtered on two fields and
// sorted by a third, as the server's RecordRepository builds it (bound JSONB paths, row-level security as
// baton_app), against the same query hand-written as plain SQL on the same table (the reference).
// Data: generated in the database with generate_series. Run: npm run build -w @baton/server && npm run records-query -w @baton/bench
// Cleans up its embedded PostgreSQL and temp folder.
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SAMPLES = 30;
const server = new URL('../server/dist/', import.meta.url);
const { startEmbeddedPostgres } = await import(new URL('database/embedded-postgres.js', server));
const { createDataSource } = await import(new URL('database/data-source.js', server));
const { buildRecordsQuery, buildCountQuery, COUNT_LIMIT } = await import(new URL('modules/record/record.repository.js', server));
const { recordIndexDdl } = await import(new URL('modules/record/indexes/record-index-ddl.js', server));
const { planRecordQuery } = await import(new URL('modules/record/utils/record-query-plan.util.js', server));
const { listFormFields } = await import(new URL('modules/form/utils/form-fields.util.js', server));

const port = await new Promise((done) => { const s = createServer().listen(0, () => { const p = s.address().port; s.close(() => done(p)); }); });
const folder = mkdtempSync(join(tmpdir(), 'baton-bench-'));
chmodSync(folder, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: folder, port });
const dataSource = createDataSource(pg.url);
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const text = Array.from({ length: 10 }, (_, i) => ({ type: 'textfield', key: `t${i}` }));
  const numbers = Array.from({ length: 7 }, (_, i) => ({ type: 'number', key: `n${i}` }));
  const schema = { id: 'bench', components: [{ type: 'textfield', key: 'customer' }, { type: 'number', key: 'amount' }, { type: 'select', key: 'stage', values: [] }, ...text, ...numbers] };
  const [{ id: workspaceId }] = await dataSource.query(`INSERT INTO workspaces (name) VALUES ('Bench') RETURNING id`);
  const [{ id: formId }] = await dataSource.query(
    `INSERT INTO forms (workspace_id, form_key, version, name, schema, schema_hash) VALUES ($1, 'bench', 1, 'Bench', $2, 'x') RETURNING id`, [workspaceId, schema]);
  const loadStart = performance.now();
  // Index built after the load, as a bulk import would.
  await dataSource.query(`DROP INDEX "IDX_records_search"`);
  await dataSource.query(`
    INSERT INTO records (workspace_id, form_id, form_key, data, search_text, created_at)
    SELECT $1, $2, 'bench', d, (SELECT string_agg(value, E'\\n') FROM jsonb_each_text(d)), now() - make_interval(secs => g)
    FROM generate_series(1::bigint, $3::bigint) g,
    LATERAL (SELECT jsonb_build_object('customer', 'Customer ' || g, 'amount', (g * 7919) % 100000, 'stage', (ARRAY['lead','won','lost','open'])[1 + g % 4])
      || (SELECT jsonb_object_agg('t' || i, md5((g + i)::text)) FROM generate_series(0, 9) i)
      || (SELECT jsonb_object_agg('n' || i, (g * (i + 3)) % 1000) FROM generate_series(0, 6) i) AS d) x`, [workspaceId, formId, ROWS]);
  await dataSource.query(`CREATE INDEX "IDX_records_search" ON "records" USING gin ("search_text" gin_trgm_ops)`);
  await dataSource.query(`ANALYZE records`);
  console.log(`loaded ${ROWS.toLocaleString('en')} records in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);

  const fields = new Map(listFormFields(schema).map((f) => [f.key, f]));
  const plan = planRecordQuery(fields, { conditions: [{ field: 'stage', op: 'eq', value: 'won' }, { field: 'amount', op: 'gte', value: 90000 }] }, { field: 'amount', direction: 'DESC' });
  const ours = async (em) => {
    const [countSql, countParams] = buildCountQuery(em, workspaceId, 'bench', plan, COUNT_LIMIT);
    const [listSql, listParams] = buildRecordsQuery(em, workspaceId, 'bench', plan, null).limit(51).getQueryAndParameters();
    await em.query(countSql, countParams);
    return em.query(listSql, listParams);
  };
  const reference = async (em) => {
    const where = `workspace_id = $1 AND form_key = 'bench' AND deleted_at IS NULL AND data->>'stage' = 'won' AND (data->>'amount')::numeric >= 90000`;
    await em.query(`SELECT count(*) FROM (SELECT 1 FROM records WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) x`, [workspaceId]);
    return em.query(`SELECT r.*, f.version FROM records r JOIN forms f ON f.id = r.form_id WHERE ${where.replace(/(workspace_id|form_key|deleted_at|data)/g, 'r.$1')}
      ORDER BY r.data->'amount' DESC, r.created_at DESC, r.id DESC LIMIT 51`, [workspaceId]);
  };
  const asTenant = (fn) => dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true)`, [workspaceId]);
    return fn(em);
  });
  const measure = async (fn) => {
    for (let i = 0; i < 3; i += 1) await asTenant(fn);
    const times = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      const start = performance.now();
      await asTenant(fn);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { p50: times[Math.floor(SAMPLES * 0.5)], p95: times[Math.ceil(SAMPLES * 0.95) - 1] };
  };
  if (process.env.BENCH_EXPLAIN) {
    await asTenant(async (em) => {
      const [sql, params] = buildRecordsQuery(em, workspaceId, 'bench', plan, null).limit(51).getQueryAndParameters();
      console.log((await em.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).map((r) => r['QUERY PLAN']).join('\n'));
    });
  }
  const same = JSON.stringify((await asTenant(ours)).map((r) => r.id)) === JSON.stringify((await asTenant(reference)).map((r) => r.id));
  const a = await measure(ours);
  const b = await measure(reference);
  console.log(`records page (count up to ${COUNT_LIMIT} + 50, filter stage=won and amount>=90000, sort amount desc) over ${ROWS.toLocaleString('en')} records, ${SAMPLES} samples:`);
  console.log(`  repository ${a.p50.toFixed(1)} ms p50 / ${a.p95.toFixed(1)} ms p95 vs plain SQL ${b.p50.toFixed(1)} / ${b.p95.toFixed(1)} ms (${(a.p95 / b.p95).toFixed(2)}x at p95); same rows: ${same}`);
  // With amount and stage indexed, as setRecordIndexes builds them (the same DDL), and the count capped as the API does.
  const indexes = ['amount', 'stage'].map((key) => recordIndexDdl(workspaceId, 'bench', fields.get(key)));
  for (const ddl of indexes) {
    for (const step of [ddl.create, ddl.statistics]) await dataSource.query((await dataSource.query(step.sql, step.params))[0].ddl);
  }
  await dataSource.query(`ANALYZE records`);
  const c = await measure(ours);
  const cappedReference = async (em) => {
    const where = `r.workspace_id = $1 AND r.form_key = 'bench' AND r.deleted_at IS NULL AND COALESCE(r.data->'stage', 'null') = '"won"' AND (r.data->>'amount')::numeric >= 90000`;
    await em.query(`SELECT count(*) FROM (SELECT 1 FROM records r WHERE ${where} LIMIT ${COUNT_LIMIT + 1}) x`, [workspaceId]);
    return em.query(`SELECT r.*, f.version FROM records r JOIN forms f ON f.id = r.form_id WHERE ${where}
      ORDER BY COALESCE(r.data -> 'amount', 'null') DESC, r.created_at DESC, r.id DESC LIMIT 51`, [workspaceId]);
  };
  const d = await measure(cappedReference);
  console.log(`  with amount and stage indexed (setRecordIndexes): ${c.p50.toFixed(1)} / ${c.p95.toFixed(1)} ms vs plain SQL ${d.p50.toFixed(1)} / ${d.p95.toFixed(1)} ms (${(c.p95 / d.p95).toFixed(2)}x); target p95 < 100 ms`);
  const byStage = planRecordQuery(fields, { conditions: [{ field: 'stage', op: 'eq', value: 'lost' }] }, null);
  const e = await measure(async (em) => {
    const [countSql, countParams] = buildCountQuery(em, workspaceId, 'bench', byStage, COUNT_LIMIT);
    await em.query(countSql, countParams);
    const [sql, params] = buildRecordsQuery(em, workspaceId, 'bench', byStage, null).limit(51).getQueryAndParameters();
    return em.query(sql, params);
  });
  console.log(`  eq on indexed stage, newest first, count + 50: ${e.p50.toFixed(1)} / ${e.p95.toFixed(1)} ms`);
  for (const ddl of indexes) await dataSource.query(ddl.drop.replace(' CONCURRENTLY', ''));
  const search = planRecordQuery(fields, { search: 'Customer 77777' }, null);
  const s = await measure((em) => { const [sql, params] = buildRecordsQuery(em, workspaceId, 'bench', search, null).limit(51).getQueryAndParameters(); return em.query(sql, params); });
  const sRef = await measure((em) => em.query(`SELECT id FROM records WHERE workspace_id = $1 AND form_key = 'bench' AND deleted_at IS NULL AND search_text ILIKE '%Customer 77777%' ORDER BY created_at DESC, id DESC LIMIT 51`, [workspaceId]));
  console.log(`  search "Customer 77777" (first 50, no count): ${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} ms vs plain SQL ${sRef.p50.toFixed(1)} / ${sRef.p95.toFixed(1)} ms (${(s.p95 / sRef.p95).toFixed(2)}x)`);
} finally {
  await dataSource.destroy().catch(() => undefined);
  await pg.stop();
  rmSync(folder, { recursive: true, force: true });
}

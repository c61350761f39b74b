import type { Notification } from 'pg';
import type { QueryRunner } from 'typeorm';
import { RunningBaton } from '../../src/bootstrap.js';
import { Db } from '../../src/database/db.service.js';
import { startTestApp } from './app.js';
import { signUp } from './identity.js';

/**
 * NOTIFY after commit (NotifyAfterCommit migration, database/transaction.ts): inside Db's transactions baton_notify
 * defers its message to the commit, so notifying transactions do not commit one at a time; outside them it notifies
 * at once. Either way only committed work is announced, and in order.
 */
let baton: RunningBaton;
let db: Db;
let listener: QueryRunner;
const received: string[] = [];
const CHANNEL = 'baton_test_notify';

beforeAll(async () => {
  baton = await startTestApp();
  db = new Db(baton.dataSource);
  listener = baton.dataSource.createQueryRunner();
  await listener.connect();
  const client = (listener as unknown as { databaseConnection: { on(e: 'notification', f: (n: Notification) => void): void } }).databaseConnection;
  client.on('notification', (n) => { if (n.channel === CHANNEL) received.push(n.payload ?? ''); });
  await listener.query(`LISTEN ${CHANNEL}`);
});
afterAll(async () => {
  await listener?.release();
  await baton?.stop();
});

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('notifications after commit', () => {
  beforeEach(() => { received.length = 0; });

  it('defers a Db transaction\'s messages to its commit, then sends them in order', async () => {
    const pending = await db.system(async (em) => {
      await em.query(`SELECT baton_notify($1, 'first'), baton_notify($1, 'second')`, [CHANNEL]);
      const [row] = await em.query(`SELECT current_setting('baton.pending_notify', true) AS p`);
      await settle();
      expect(received).toEqual([]); // nothing before the commit
      return row.p as string;
    });
    expect(pending).toBe(`${CHANNEL}\tfirst\n${CHANNEL}\tsecond\n`);
    await settle();
    expect(received).toEqual(['first', 'second']);
  });

  it('sends nothing for a transaction that rolls back, and the next commit does not resend it', async () => {
    await expect(db.system(async (em) => {
      await em.query(`SELECT baton_notify($1, 'lost')`, [CHANNEL]);
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await db.system((em) => em.query(`SELECT baton_notify($1, 'kept')`, [CHANNEL]));
    await settle();
    expect(received).toEqual(['kept']);
  });

  it('announces a tenant transaction\'s row changes (the change triggers) after its commit', async () => {
    const session = await signUp(baton.url);
    const events: string[] = [];
    const runner = baton.dataSource.createQueryRunner();
    await runner.connect();
    const client = (runner as unknown as { databaseConnection: { on(e: 'notification', f: (n: Notification) => void): void } }).databaseConnection;
    client.on('notification', (n) => events.push(n.payload ?? ''));
    await runner.query('LISTEN baton_events');
    try {
      const [{ id }] = await db.tenant(session, async (em) => {
        const [definition] = await em.query(`INSERT INTO process_definitions (workspace_id, bpmn_process_id, version, xml, sha256, model) VALUES ($1, 'p', 1, '<x/>', 'x', '{}') RETURNING id`, [session.workspaceId]);
        return em.query(`INSERT INTO process_instances (workspace_id, definition_id, bpmn_process_id, version, state) VALUES ($1, $2, 'p', 1, 'ACTIVE') RETURNING id`, [session.workspaceId, definition.id]);
      });
      await settle();
      expect(events.map((e) => JSON.parse(e))).toContainEqual({ type: 'instance', op: 'insert', id, workspaceId: session.workspaceId });
    } finally {
      await runner.release();
    }
  });

  it('notifies at once outside Db\'s transactions (plain statements keep the old behaviour)', async () => {
    await baton.dataSource.query(`SELECT baton_notify($1, 'direct')`, [CHANNEL]);
    await settle();
    expect(received).toEqual(['direct']);
  });
});

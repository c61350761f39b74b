import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { RunningBaton, startBaton } from '../../../src/bootstrap.js';
import { parseEnv } from '../../../src/config/env.js';
import { NotificationPoller } from '../../../src/modules/notification/notification-poller.js';
import { NotificationSender } from '../../../src/modules/notification/notification-sender.js';
import { ProcessClient } from '../engine/process-client.js';
import { createDatabase } from '../global-setup.js';
import { signUp } from '../identity.js';
import { join, ok, processXml, useSink } from './notification-fixtures.js';
import { SmtpSink } from './smtp-sink.js';

/** Two server processes' worth of Nest apps on one database share the outbox: every mail is sent once. */
const INSTANCES = 15;
const MEMBERS = 4;
let servers: RunningBaton[] = [];
let sink: SmtpSink;

beforeAll(async () => {
  const url = await createDatabase(inject('databaseServerUrl'), `baton_mail_${randomBytes(4).toString('hex')}`);
  const env = parseEnv({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', BATON_SEED_DEMO: 'false', BATON_LOG_LEVEL: 'error', BATON_PUBLIC_URL: 'https://baton.example' });
  servers = [await startBaton(env, { log: false }), await startBaton(env, { log: false })];
  // a slow mail server, so both replicas are sending at the same time
  sink = await new SmtpSink(undefined, 15).start();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await sink?.stop();
});

describe('notification outbox with two replicas', () => {
  it(`sends each of ${INSTANCES * MEMBERS} mails exactly once between them`, async () => {
    // given a group of members, SMTP set up on replica 0, and both replicas counting what they send
    const [zero, one] = servers;
    const owner = await signUp(zero.url, { name: '张伟' });
    await ok(zero.url, owner, `mutation { createGroup(input: { key: "team", name: "团队" }) { id } }`);
    for (let i = 0; i < MEMBERS; i++) {
      const member = await join(zero.url, owner, { name: `成员${i}`, locale: i % 2 ? 'en' : 'zh-CN' });
      await ok(zero.url, owner, `mutation($id: ID!) { addGroupMember(input: { groupKey: "team", userId: $id }) { key } }`, { id: member.userId });
    }
    await useSink(zero.url, owner, sink.port);
    const sent = [0, 0];
    servers.forEach((server, replica) => {
      const sender = server.app.get(NotificationSender);
      const deliver = sender.deliver.bind(sender);
      sender.deliver = (em, row) => {
        sent[replica] += 1;
        return deliver(em, row);
      };
    });
    // when many tasks for the group are created through replica 1
    const client = new ProcessClient(one.url, owner.token);
    await client.deploy(processXml('team-task', '团队任务', '处理', `<zeebe:assignmentDefinition candidateGroups="team" />`));
    for (let i = 0; i < INSTANCES; i++) await client.start('team-task');
    // and both replicas drain the outbox at once
    const pollers = servers.map((server) => server.app.get(NotificationPoller));
    await Promise.all(pollers.map((poller) => poller.wake()));
    await sink.waitFor(() => true, INSTANCES * MEMBERS, 30_000);
    await Promise.all(pollers.map((poller) => poller.wake()));
    await new Promise((done) => setTimeout(done, 500));
    // then every (task, member) got one mail, no Message-ID twice, every row sent on its first attempt
    expect(sink.received).toHaveLength(INSTANCES * MEMBERS);
    expect(new Set(sink.received.map((r) => r.mail.messageId)).size).toBe(INSTANCES * MEMBERS);
    const pairs = sink.received.map((r) => `${r.envelope.to.join()} ${/inbox\/[\w-]+\/([\w-]+)/.exec(r.mail.text ?? '')?.[1]}`);
    expect(new Set(pairs).size).toBe(INSTANCES * MEMBERS);
    const rows: { state: string; attempts: number; n: number }[] = await zero.dataSource.query(
      `SELECT state, attempts, count(*)::int AS n FROM notification_outbox WHERE kind = 'TASK_ASSIGNED' GROUP BY 1, 2`);
    expect(rows).toEqual([{ state: 'SENT', attempts: 1, n: INSTANCES * MEMBERS }]);
    // and both replicas did part of the work
    expect(sent[0] + sent[1]).toBe(INSTANCES * MEMBERS);
    expect(sent[0]).toBeGreaterThan(0);
    expect(sent[1]).toBeGreaterThan(0);
  });
});

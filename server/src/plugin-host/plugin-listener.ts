import pg from 'pg';

/**
 * A LISTEN connection on one channel: every replica is told of each NOTIFY (sent at commit). Throws when it cannot
 * listen; `onLost` is told when the connection drops (the caller then relies on its periodic check).
 */
export async function listen(url: string, channel: string, onNotify: (payload: string | undefined) => void, onLost: (error: Error) => void): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('notification', (message) => onNotify(message.payload));
  client.on('error', onLost);
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  return client;
}

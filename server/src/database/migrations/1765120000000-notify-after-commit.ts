import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NOTIFY after commit. A transaction that NOTIFYs takes PostgreSQL's global notify-queue lock at commit and holds it
 * until its commit record is flushed, so notifying transactions commit one at a time, one disk flush each, with no
 * group commit: with every engine command notifying (instance and task change events, job wake-ups) that capped
 * commands at the disk's flush rate. Measured on a 2-core VM: 8 clients' short transactions 2,500/s without NOTIFY,
 * 1,450/s with it, 2,400/s when the NOTIFY follows the commit in its own statement.
 *
 * `baton_notify(channel, payload)` therefore NOTIFYs at once only outside Baton's transaction wrapper. Inside it
 * (`baton.defer_notify` = on, set by Db when it begins a transaction) it appends the message to the
 * transaction-local `baton.pending_notify`. Db's commit is one round trip of three statements: copy the pending
 * messages to the session setting `baton.sent_notify` (undone if the transaction rolls back), COMMIT, then
 * `baton_send_notify()`, which sends them in a transaction that writes nothing (no disk flush under the lock) and
 * never raises (a failure there is a warning: the work is committed, and listeners also poll). Rolled-back work still
 * sends nothing. The change triggers go through baton_notify.
 */
export class NotifyAfterCommit1765120000000 implements MigrationInterface {
  name = 'NotifyAfterCommit1765120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION baton_notify(channel text, payload text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('baton.defer_notify', true) = 'on' THEN
          PERFORM set_config('baton.pending_notify', COALESCE(current_setting('baton.pending_notify', true), '') || channel || E'\\t' || payload || E'\\n', true);
        ELSE
          PERFORM pg_notify(channel, payload);
        END IF;
      END $$`);
    await q.query(`CREATE FUNCTION baton_send_notify() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        pending text := current_setting('baton.sent_notify', true);
      BEGIN
        IF pending IS NULL OR pending = '' THEN RETURN; END IF;
        PERFORM set_config('baton.sent_notify', '', false);
        PERFORM pg_notify(split_part(line, E'\t', 1), substr(line, strpos(line, E'\t') + 1))
          FROM unnest(string_to_array(pending, E'\n')) AS line WHERE line <> '';
      EXCEPTION WHEN OTHERS THEN
        RAISE WARNING 'baton_send_notify: %', SQLERRM;
      END $$`);
    await q.query(`CREATE OR REPLACE FUNCTION baton_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM baton_notify('baton_events', json_build_object('type', TG_ARGV[0], 'op', lower(TG_OP), 'id', NEW.id, 'workspaceId', NEW.workspace_id)::text);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION baton_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('baton_events', json_build_object('type', TG_ARGV[0], 'op', lower(TG_OP), 'id', NEW.id, 'workspaceId', NEW.workspace_id)::text);
        RETURN NULL;
      END $$`);
    await q.query(`DROP FUNCTION baton_send_notify()`);
    await q.query(`DROP FUNCTION baton_notify(text, text)`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cron cycles in timer events (issue 4): `timers.interval` keeps `CRON_TZ=<IANA zone> <cron expression>` next to
 * ISO 8601 intervals, which needs more than 64 characters. No new table: RLS and grants of `timers` stay as they are.
 */
export class TimerCronCycles1765098000000 implements MigrationInterface {
  name = 'TimerCronCycles1765098000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "timers" ALTER COLUMN "interval" TYPE character varying(320)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "timers" SET "state" = 'CANCELED' WHERE "state" = 'SCHEDULED' AND length("interval") > 64`);
    await q.query(`ALTER TABLE "timers" ALTER COLUMN "interval" TYPE character varying(64) USING left("interval", 64)`);
  }
}

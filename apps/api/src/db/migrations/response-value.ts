import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a connector's response mapping read from each response (the run's Result), or why not. */
export class ResponseValue1734000000000 implements MigrationInterface {
  name = 'ResponseValue1734000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of ['push_run', 'push_attempt']) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN responseValue text NULL`);
      await runner.query(`ALTER TABLE ${table} ADD COLUMN responseValueError text NULL`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['push_run', 'push_attempt']) {
      await runner.query(`ALTER TABLE ${table} DROP COLUMN responseValue`);
      await runner.query(`ALTER TABLE ${table} DROP COLUMN responseValueError`);
    }
  }
}

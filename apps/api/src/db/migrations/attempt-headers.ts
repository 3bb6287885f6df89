import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each attempt's request headers as sent (credentials redacted) and its response's headers. */
export class AttemptHeaders1741000000000 implements MigrationInterface {
  name = 'AttemptHeaders1741000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE push_attempt ADD COLUMN requestHeaders text NULL`);
    await runner.query(`ALTER TABLE push_attempt ADD COLUMN responseHeaders text NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE push_attempt DROP COLUMN requestHeaders`);
    await runner.query(`ALTER TABLE push_attempt DROP COLUMN responseHeaders`);
  }
}

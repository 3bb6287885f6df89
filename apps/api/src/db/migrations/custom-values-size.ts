import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A record's custom values (JSON) on MySQL: TEXT held 64 kB, so 12 values of the allowed 10,000
 * characters failed; MEDIUMTEXT holds 16 MB (hundreds of maximal values). SQLite TEXT has no limit.
 */
export class CustomValuesSize1735100000002 implements MigrationInterface {
  name = 'CustomValuesSize1735100000002';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'mysql') return;
    for (const table of ['contact', 'loan'])
      await runner.query(`ALTER TABLE ${table} MODIFY customFields mediumtext NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'mysql') return;
    for (const table of ['contact', 'loan'])
      await runner.query(`ALTER TABLE ${table} MODIFY customFields text NOT NULL`);
  }
}

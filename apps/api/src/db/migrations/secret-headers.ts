import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sealed secrets now hold secret header values too (up to 50 of 8192 characters): MEDIUMTEXT on
 * MySQL (TEXT holds 64 KB). SQLite's text has no limit. Stored definitions are upgraded on read.
 */
export class SecretHeaders1735000000000 implements MigrationInterface {
  name = 'SecretHeaders1735000000000';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'mysql')
      await runner.query('ALTER TABLE connector MODIFY secrets MEDIUMTEXT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'mysql')
      await runner.query('ALTER TABLE connector MODIFY secrets TEXT NULL');
  }
}

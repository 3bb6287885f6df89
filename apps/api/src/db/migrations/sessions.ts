import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tokens issued before this instant are refused (sign-out everywhere, a new password). */
export class UserTokensValidAfter1735100000001 implements MigrationInterface {
  name = 'UserTokensValidAfter1735100000001';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    await runner.query(
      `ALTER TABLE app_user ADD COLUMN tokensValidAfter ${mysql ? 'datetime(3)' : 'datetime'} NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE app_user DROP COLUMN tokensValidAfter');
  }
}

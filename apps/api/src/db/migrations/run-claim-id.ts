import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bulk lane's claim token: which runs one multi-row claim took. Matching by startedAt let a
 * run another process claimed in the same millisecond look claimed by both.
 */
export class RunClaimId1742000000000 implements MigrationInterface {
  name = 'RunClaimId1742000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE push_run ADD COLUMN claimId varchar(36) NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE push_run DROP COLUMN claimId`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key of mutations: the first answer per user and key, kept 24 hours. */
export class IdempotencyKeysSqlite1736000000000 implements MigrationInterface {
  name = 'IdempotencyKeysSqlite1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE idempotency_key (
        userId varchar(36) NOT NULL,
        idemKey varchar(255) NOT NULL,
        bodyHash char(64) NOT NULL,
        responseStatus integer NULL,
        responseBody text NULL,
        committedAt integer NULL,
        resultRef varchar(255) NULL,
        leaseUntil integer NULL,
        createdAt integer NOT NULL,
        PRIMARY KEY (userId, idemKey)
      )`,
    );
    await runner.query('CREATE INDEX ix_idempotency_created ON idempotency_key (createdAt)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE idempotency_key');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key of mutations: the first answer per user and key, kept 24 hours. */
export class IdempotencyKeysMysql1736000000000 implements MigrationInterface {
  name = 'IdempotencyKeysMysql1736000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE idempotency_key (
        userId varchar(36) NOT NULL,
        idemKey varchar(255) NOT NULL,
        bodyHash char(64) NOT NULL,
        responseStatus int NULL,
        responseBody mediumtext NULL,
        committedAt bigint NULL,
        resultRef varchar(255) NULL,
        leaseUntil bigint NULL,
        createdAt bigint NOT NULL,
        PRIMARY KEY (userId, idemKey),
        KEY ix_idempotency_created (createdAt)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE idempotency_key');
  }
}

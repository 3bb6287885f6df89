import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Signing secrets of connectors that sign their pushes (sealed), apart from the definition. */
export class ConnectorSigningMysql1737000000000 implements MigrationInterface {
  name = 'ConnectorSigningMysql1737000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE connector_signing (
        connectorId varchar(36) NOT NULL PRIMARY KEY,
        secret text NOT NULL,
        createdAt datetime(3) NOT NULL,
        previousSecret text NULL,
        previousExpiresAt datetime(3) NULL
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE connector_signing');
  }
}

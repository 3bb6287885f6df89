import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Signing secrets of connectors that sign their pushes (sealed), apart from the definition. */
export class ConnectorSigningSqlite1737000000000 implements MigrationInterface {
  name = 'ConnectorSigningSqlite1737000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE connector_signing (
        connectorId varchar(36) NOT NULL PRIMARY KEY,
        secret text NOT NULL,
        createdAt datetime NOT NULL,
        previousSecret text NULL,
        previousExpiresAt datetime NULL
      )`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE connector_signing');
  }
}

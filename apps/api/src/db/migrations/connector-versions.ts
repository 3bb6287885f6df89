import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Connector history and health: every saved definition as a version row (existing connectors get
 * version 1), which version each attempt used, and the failure streak behind the automatic pause.
 */
export class ConnectorVersions1739000000000 implements MigrationInterface {
  name = 'ConnectorVersions1739000000000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    const [date, longText] = mysql ? ['datetime(3)', 'mediumtext'] : ['datetime', 'text'];
    await runner.query('ALTER TABLE connector ADD COLUMN version int NOT NULL DEFAULT 1');
    await runner.query('ALTER TABLE connector ADD COLUMN pausedReason text NULL');
    await runner.query('ALTER TABLE connector ADD COLUMN failureStreak int NOT NULL DEFAULT 0');
    for (const table of ['push_run', 'push_attempt'])
      await runner.query(`ALTER TABLE ${table} ADD COLUMN connectorVersion int NULL`);
    await runner.query(
      `CREATE TABLE connector_version (
        connectorId varchar(36) NOT NULL,
        version int NOT NULL,
        organizationId varchar(36) NOT NULL,
        name varchar(100) NOT NULL,
        entityType varchar(8) NOT NULL,
        automationTriggers text NOT NULL,
        roleIds text NOT NULL,
        definition ${longText} NOT NULL,
        secrets ${longText} NULL,
        savedAt ${date} NOT NULL,
        savedById varchar(36) NULL,
        PRIMARY KEY (connectorId, version)
      )${mysql ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : ''}`,
    );
    await runner.query(
      `INSERT INTO connector_version (connectorId, version, organizationId, name, entityType,
         automationTriggers, roleIds, definition, secrets, savedAt, savedById)
       SELECT id, 1, organizationId, name, entityType, automationTriggers, roleIds, definition,
         secrets, updatedAt, NULL FROM connector`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE connector_version');
    for (const table of ['push_run', 'push_attempt'])
      await runner.query(`ALTER TABLE ${table} DROP COLUMN connectorVersion`);
    for (const column of ['failureStreak', 'pausedReason', 'version'])
      await runner.query(`ALTER TABLE connector DROP COLUMN ${column}`);
  }
}

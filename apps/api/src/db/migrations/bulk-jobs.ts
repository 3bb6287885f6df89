import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replays and bulk pushes: the bulk_job table (with the keyset cursor a restart resumes from),
 * and on push_run the run a replay repeats and the bulk job (and its item) that made a run. The
 * unique (bulkJobId, bulkKey) makes a bulk job's runs exact: one per record (or replayed run),
 * whatever crashed in between. Keyset indexes let a bulk push read records in id order.
 */
export class BulkJobs1738000000000 implements MigrationInterface {
  name = 'BulkJobs1738000000000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    const date = mysql ? 'datetime(3)' : 'datetime';
    const tail = mysql ? ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' : '';
    await runner.query(
      `CREATE TABLE bulk_job (
        id varchar(36) NOT NULL PRIMARY KEY,
        organizationId varchar(36) NOT NULL,
        connectorId varchar(36) NOT NULL,
        kind varchar(8) NOT NULL,
        status varchar(10) NOT NULL,
        selection text NOT NULL,
        total int NOT NULL,
        queued int NOT NULL,
        succeeded int NOT NULL,
        failed int NOT NULL,
        settled ${mysql ? 'tinyint(1)' : 'boolean'} NOT NULL,
        cursorKey varchar(64) NULL,
        exhausted ${mysql ? 'tinyint(1)' : 'boolean'} NOT NULL,
        leaseOwner varchar(36) NULL,
        leaseUntil ${date} NULL,
        createdById varchar(36) NOT NULL,
        createdAt ${date} NOT NULL,
        finishedAt ${date} NULL
      )${tail}`,
    );
    await runner.query('CREATE INDEX ix_bulk_connector ON bulk_job (organizationId, createdAt)');
    await runner.query('CREATE INDEX ix_bulk_status ON bulk_job (status)');
    for (const column of ['replayOfId varchar(36)', 'bulkJobId varchar(36)', 'bulkKey varchar(64)'])
      await runner.query(`ALTER TABLE push_run ADD COLUMN ${column} NULL`);
    await runner.query('CREATE UNIQUE INDEX ux_run_bulk ON push_run (bulkJobId, bulkKey)');
    await runner.query('CREATE INDEX ix_run_bulk_status ON push_run (bulkJobId, status)');
    await runner.query('CREATE INDEX ix_contact_keyset ON contact (organizationId, id)');
    await runner.query('CREATE INDEX ix_loan_keyset ON loan (organizationId, id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    const drop = (index: string, table: string) =>
      runner.query(mysql ? `DROP INDEX ${index} ON ${table}` : `DROP INDEX ${index}`);
    await drop('ix_loan_keyset', 'loan');
    await drop('ix_contact_keyset', 'contact');
    await drop('ix_run_bulk_status', 'push_run');
    await drop('ux_run_bulk', 'push_run');
    for (const column of ['bulkKey', 'bulkJobId', 'replayOfId'])
      await runner.query(`ALTER TABLE push_run DROP COLUMN ${column}`);
    await runner.query('DROP TABLE bulk_job');
  }
}

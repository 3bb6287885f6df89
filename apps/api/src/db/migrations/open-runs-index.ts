import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The delivery-order checks look up the open runs of one record through one connector. Through
 * (connectorId, recordId) they read the record's whole run history, longer with every push; with
 * status first they read only its open runs, and recovery and the status counts keep an index.
 */
export class OpenRunsIndex1732000000000 implements MigrationInterface {
  name = 'OpenRunsIndex1732000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX ix_run_open ON push_run (status, connectorId, recordId)');
    await dropIndex(runner, 'ix_run_record');
    await dropIndex(runner, 'ix_run_status');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX ix_run_status ON push_run (status)');
    await runner.query('CREATE INDEX ix_run_record ON push_run (connectorId, recordId)');
    await dropIndex(runner, 'ix_run_open');
  }
}

async function dropIndex(runner: QueryRunner, name: string): Promise<void> {
  const mysql = runner.connection.options.type === 'mysql';
  await runner.query(mysql ? `DROP INDEX ${name} ON push_run` : `DROP INDEX ${name}`);
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Record versions: the order of a record's changes, which its runs are delivered in. */
const UP = [
  'ALTER TABLE contact ADD COLUMN version int NOT NULL DEFAULT 0',
  'ALTER TABLE loan ADD COLUMN version int NOT NULL DEFAULT 0',
  'ALTER TABLE push_run ADD COLUMN recordVersion int NOT NULL DEFAULT 0',
  'CREATE INDEX ix_run_record ON push_run (connectorId, recordId)',
];

export class RecordOrder1731000000000 implements MigrationInterface {
  name = 'RecordOrder1731000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of UP) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    await runner.query(mysql ? 'DROP INDEX ix_run_record ON push_run' : 'DROP INDEX ix_run_record');
    for (const [table, column] of [
      ['push_run', 'recordVersion'],
      ['loan', 'version'],
      ['contact', 'version'],
    ])
      await runner.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
  }
}

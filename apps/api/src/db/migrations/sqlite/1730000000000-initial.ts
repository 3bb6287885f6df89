import type { MigrationInterface, QueryRunner } from 'typeorm';
import { initialSchema, TABLES } from '../../tables.js';

export class InitialSqlite1730000000000 implements MigrationInterface {
  name = 'InitialSqlite1730000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of initialSchema('sqlite')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of TABLES) await runner.query(`DROP TABLE ${table}`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { initialSchema, TABLES } from '../../tables.js';

export class InitialMysql1730000000000 implements MigrationInterface {
  name = 'InitialMysql1730000000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const sql of initialSchema('mysql')) await runner.query(sql);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of TABLES) await runner.query(`DROP TABLE ${table}`);
  }
}

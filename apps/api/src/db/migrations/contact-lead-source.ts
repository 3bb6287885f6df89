import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A contact's lead source (by name), which connectors match to the target's lead sources. */
export class ContactLeadSource1733000000000 implements MigrationInterface {
  name = 'ContactLeadSource1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contact ADD COLUMN leadSource varchar(100) NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contact DROP COLUMN leadSource');
  }
}

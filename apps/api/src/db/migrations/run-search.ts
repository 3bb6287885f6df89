import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Run search and daily figures over millions of runs: the record's label as a column (generated
 * from the snapshot, so no writer changes), a text index over label, URL, error and response body,
 * and one named index per filter. MariaDB/MySQL: a FULLTEXT index (its columns case-insensitive);
 * SQLite: an FTS5 table with the trigram tokenizer, kept by triggers. See modules/history.
 */
export class RunSearch1740000000000 implements MigrationInterface {
  name = 'RunSearch1740000000000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    for (const sql of mysql ? MYSQL_UP : SQLITE_UP) await runner.query(sql);
    for (const [name, cols] of INDEXES) {
      await runner.query(`CREATE INDEX ${name} ON push_run (${cols})`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const mysql = runner.connection.options.type === 'mysql';
    for (const [name] of INDEXES) {
      await runner.query(mysql ? `DROP INDEX ${name} ON push_run` : `DROP INDEX ${name}`);
    }
    for (const sql of mysql ? MYSQL_DOWN : SQLITE_DOWN) await runner.query(sql);
  }
}

/** One index per filter of searchRuns (and the visibility rule), newest first within each. */
export const INDEXES: [string, string][] = [
  ['ix_run_org_status', 'organizationId, status, createdAt'],
  ['ix_run_org_trigger', 'organizationId, runTrigger, createdAt'],
  ['ix_run_org_record', 'organizationId, recordId, createdAt'],
  // The window filter (finishedAt, createdAt for open runs) and the retention sweep.
  ['ix_run_org_finished', 'organizationId, finishedAt, createdAt'],
  // Connector.stats: a day's finished runs read from the index alone.
  ['ix_run_stats', 'connectorId, finishedAt, runTrigger, status, durationMs'],
  // Who may see a run without connector access: their own pushes and their records' runs.
  ['ix_run_initiator', 'initiatedById, createdAt'],
  ['ix_run_owner', 'recordOwnerId, createdAt'],
];

const json = (dialect: 'mysql' | 'sqlite', key: string) =>
  dialect === 'mysql'
    ? `TRIM(COALESCE(JSON_VALUE(snapshot, '$."${key}"'), ''))`
    : `TRIM(COALESCE(json_extract(snapshot, '$."${key}"'), ''))`;

/** As run.mappers.ts recordLabel: a contact's full name or a loan's number, null when empty. */
const label = (d: 'mysql' | 'sqlite') => {
  const name =
    d === 'mysql'
      ? `CONCAT(${json(d, 'contact.firstName')}, ' ', ${json(d, 'contact.lastName')})`
      : `${json(d, 'contact.firstName')} || ' ' || ${json(d, 'contact.lastName')}`;
  return `NULLIF(TRIM(CASE entityType WHEN 'CONTACT' THEN ${name} ELSE ${json(d, 'loan.loanNumber')} END), '')`;
};

const CI = 'COLLATE utf8mb4_unicode_ci';

const MYSQL_UP = [
  // Case-insensitive text columns: the FULLTEXT index and the LIKE recheck ignore case.
  `ALTER TABLE push_run
    ADD COLUMN recordLabel varchar(400) ${CI} AS (${label('mysql')}) STORED,
    MODIFY requestUrl text ${CI} NULL,
    MODIFY responseBody mediumtext ${CI} NULL,
    MODIFY error text ${CI} NULL`,
  'ALTER TABLE push_run ADD FULLTEXT INDEX ft_run_text (recordLabel, requestUrl, error, responseBody)',
];

const MYSQL_DOWN = [
  'ALTER TABLE push_run DROP INDEX ft_run_text',
  `ALTER TABLE push_run DROP COLUMN recordLabel,
    MODIFY requestUrl text COLLATE utf8mb4_bin NULL,
    MODIFY responseBody mediumtext COLLATE utf8mb4_bin NULL,
    MODIFY error text COLLATE utf8mb4_bin NULL`,
];

const FTS_COLS = 'recordLabel, requestUrl, error, responseBody';
const ftsRow = (p: 'new' | 'old') =>
  `${p}.rowid, ${p}.recordLabel, ${p}.requestUrl, ${p}.error, ${p}.responseBody`;

const SQLITE_UP = [
  `ALTER TABLE push_run ADD COLUMN recordLabel text GENERATED ALWAYS AS (${label('sqlite')}) VIRTUAL`,
  // External content: the text stays in push_run; the index holds trigrams (case-insensitive).
  `CREATE VIRTUAL TABLE push_run_fts USING fts5(${FTS_COLS}, content='push_run', content_rowid='rowid', tokenize='trigram')`,
  `CREATE TRIGGER push_run_fts_ai AFTER INSERT ON push_run BEGIN
    INSERT INTO push_run_fts(rowid, ${FTS_COLS}) VALUES (${ftsRow('new')}); END`,
  `CREATE TRIGGER push_run_fts_ad AFTER DELETE ON push_run BEGIN
    INSERT INTO push_run_fts(push_run_fts, rowid, ${FTS_COLS}) VALUES ('delete', ${ftsRow('old')}); END`,
  `CREATE TRIGGER push_run_fts_au AFTER UPDATE OF requestUrl, error, responseBody, snapshot ON push_run BEGIN
    INSERT INTO push_run_fts(push_run_fts, rowid, ${FTS_COLS}) VALUES ('delete', ${ftsRow('old')});
    INSERT INTO push_run_fts(rowid, ${FTS_COLS}) VALUES (${ftsRow('new')}); END`,
  "INSERT INTO push_run_fts(push_run_fts) VALUES ('rebuild')",
];

const SQLITE_DOWN = [
  'DROP TRIGGER push_run_fts_au',
  'DROP TRIGGER push_run_fts_ad',
  'DROP TRIGGER push_run_fts_ai',
  'DROP TABLE push_run_fts',
  'ALTER TABLE push_run DROP COLUMN recordLabel',
];

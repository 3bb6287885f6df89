/**
 * The text filter of searchRuns: a case-insensitive substring of the run's label, request URL,
 * error or response body, found through a text index rather than by reading every body.
 *
 * - SQLite: FTS5 with the trigram tokenizer (migration run-search.ts). A phrase of three or more
 *   characters is an exact, case-insensitive substring match straight from the index.
 * - MariaDB/MySQL: InnoDB FULLTEXT indexes words, not substrings. Each word of the text (3+
 *   characters, not a stopword: InnoDB leaves those out of the index) must start a word of the
 *   run (`+word*`); that narrows millions of runs to a few candidates, and an exact LIKE over the
 *   four columns (case-insensitive collation) keeps only true substrings. So on MariaDB a text
 *   is found where it starts at a word boundary ("timeout", "LN-1002", "api.example"), not
 *   from the middle of a word ("ateway"); SQLite finds both.
 * - Text with no such word (e.g. "50", or only stopwords): the LIKE alone, over the runs the other
 *   filters leave (slow over millions with no other filter).
 */
export type Dialect = 'mysql' | 'sqlite';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

const COLUMNS = ['recordLabel', 'requestUrl', 'error', 'responseBody'];

/** InnoDB's default stopwords (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD): never indexed. */
const STOPWORDS = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(
    ' ',
  ),
);

/** innodb_ft_min_token_size. */
const MIN_WORD = 3;

/** `%text%` with LIKE's own characters taken literally (escape character `!`). */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/** The words a FULLTEXT boolean query may require: letters, digits and _ as InnoDB splits them. */
export function fulltextWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => [...w].length >= MIN_WORD && !STOPWORDS.has(w));
}

function like(alias: string, text: string): SqlPart {
  const pattern = likePattern(text);
  return {
    sql: `(${COLUMNS.map((c) => `${alias}.${c} LIKE ? ESCAPE '!'`).join(' OR ')})`,
    params: COLUMNS.map(() => pattern),
  };
}

const MATCHERS: Record<Dialect, (alias: string, text: string) => SqlPart> = {
  mysql(alias, text) {
    const exact = like(alias, text);
    const words = fulltextWords(text);
    if (words.length === 0) return exact;
    const cols = COLUMNS.map((c) => `${alias}.${c}`).join(', ');
    return {
      sql: `MATCH (${cols}) AGAINST (? IN BOOLEAN MODE) AND ${exact.sql}`,
      params: [words.map((w) => `+${w}*`).join(' '), ...exact.params],
    };
  },
  sqlite(alias, text) {
    if ([...text].length < 3) return like(alias, text);
    return {
      sql: `${alias}.rowid IN (SELECT rowid FROM push_run_fts WHERE push_run_fts MATCH ?)`,
      params: [`"${text.replace(/"/g, '""')}"`],
    };
  },
};

export function textMatch(dialect: Dialect, alias: string, text: string): SqlPart {
  return MATCHERS[dialect](alias, text);
}

import { v7 } from 'uuid';

/**
 * Ids of append-mostly tables (push_run, push_attempt): UUIDv7, time-ordered, so InnoDB appends
 * each new row at its clustered index's end instead of a random leaf. A random UUIDv4 spreads a
 * bulk job's inserts over every page of a table larger than the buffer pool: a disk read per row.
 */
export const rowId = (): string => v7();

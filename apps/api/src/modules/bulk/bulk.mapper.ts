import type { BulkJobState } from './bulk-counts.js';
import { BulkJobView } from './bulk.type.js';

/** A bulk job as the API shows it. */
export const toBulkJob = (s: BulkJobState): BulkJobView => Object.assign(new BulkJobView(), s);

import type {
  Comparator,
  CriterionSource,
  EntityType,
  FieldType,
  RunStatus,
} from '@odc/core/schema';

export interface ConnectorSummary {
  id: string;
  name: string;
  published: boolean;
  entityType: EntityType;
  lastRunAt?: string | null;
  lastRunStatus?: RunStatus | null;
  /** Why it turned itself off after failed pushes in a row; null otherwise. */
  pausedReason?: string | null;
}

export interface KeyValueRow {
  key: string;
  value: string;
  /** A secret header: its value is write-only (shown like a passcode). */
  secret?: boolean;
  /** A value is stored on the server (a secret row left blank keeps it). */
  stored?: boolean;
  /** The secret switch was set by hand; otherwise it follows the key's name. */
  secretChosen?: boolean;
}

export interface CriterionRow {
  source: CriterionSource;
  comparator: Comparator;
  value: string;
}

export interface PickerField {
  key: string;
  label: string;
  type: FieldType;
  custom: boolean;
}

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
}

export interface KeyValueRow {
  key: string;
  value: string;
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

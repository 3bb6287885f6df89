import type { ConnectorSummary, PickerField } from '../src/types';

export const connector = (over: Partial<ConnectorSummary> = {}): ConnectorSummary => ({
  id: 'c1',
  name: 'Gift Service',
  published: false,
  entityType: 'CONTACT',
  lastRunAt: '2022-05-11T11:32:00.000Z',
  lastRunStatus: 'SUCCESS',
  ...over,
});

export const fields: PickerField[] = [
  { key: 'contact.firstName', label: 'Contact - First Name', type: 'STRING', custom: false },
  { key: 'contact.address2', label: 'Contact - Address_2', type: 'STRING', custom: false },
  {
    key: 'contact.custom.numberOfBathrooms',
    label: 'Contact - Archive - Number of Bathrooms (Custom)',
    type: 'NUMBER',
    custom: true,
  },
  { key: 'contact.custom.pets', label: 'Contact - Pets', type: 'STRING', custom: true },
];

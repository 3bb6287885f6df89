import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountWithVuetify } from '../test/mount';
import ConnectorGrid from './ConnectorGrid.vue';
import ConnectorTile from './ConnectorTile.vue';
import RunStatusChip from './RunStatusChip.vue';
import { formatRunTime } from './format';
import type { ConnectorSummary } from './types';

const connector = (over: Partial<ConnectorSummary> = {}): ConnectorSummary => ({
  id: 'c1',
  name: 'Gift Service',
  published: false,
  entityType: 'CONTACT',
  lastRunAt: '2022-05-11T11:32:00.000Z',
  lastRunStatus: 'SUCCESS',
  ...over,
});

describe('formatRunTime', () => {
  it('reads like 5/11/22 - 11:32 AM and says Never without a time', () => {
    expect(formatRunTime('2022-05-11T11:32:00.000Z', 'en-US', 'UTC')).toBe('5/11/22 - 11:32 AM');
    expect(formatRunTime(null)).toBe('Never');
  });
});

describe('ConnectorTile', () => {
  it('shows the name, entity type, last run and an Edit button that works while off', async () => {
    const wrapper = mountWithVuetify(ConnectorTile, {
      props: { connector: connector(), canManage: true },
    });
    expect(wrapper.text()).toContain('Gift Service');
    expect(wrapper.text()).toContain('Contact');
    expect(wrapper.text()).toContain('Success');
    await wrapper.find('button[aria-label="Edit Gift Service"]').trigger('click');
    expect(wrapper.emitted('edit')).toHaveLength(1);
  });

  it('disables Edit while published and emits toggle from the switch', async () => {
    const wrapper = mountWithVuetify(ConnectorTile, {
      props: { connector: connector({ published: true }), canManage: true },
    });
    expect(
      wrapper.find('button[aria-label="Edit Gift Service"]').attributes('disabled'),
    ).toBeDefined();
    await wrapper.find('input[type="checkbox"]').setValue(false);
    expect(wrapper.emitted('toggle')).toEqual([[false]]);
  });

  it('gives read-only users a View button and a disabled switch', async () => {
    const wrapper = mountWithVuetify(ConnectorTile, {
      props: { connector: connector(), canManage: false },
    });
    expect(wrapper.find('button[aria-label="Edit Gift Service"]').exists()).toBe(false);
    expect(wrapper.find('input[type="checkbox"]').attributes('disabled')).toBeDefined();
    await wrapper.find('button[aria-label="View Gift Service"]').trigger('click');
    expect(wrapper.emitted('view')).toHaveLength(1);
  });

  it('says Never and shows no status when the connector never ran', () => {
    const wrapper = mountWithVuetify(ConnectorTile, {
      props: { connector: connector({ lastRunAt: null, lastRunStatus: null }), canManage: true },
    });
    expect(wrapper.find('.tile-last-run').text()).toBe('Never');
    expect(wrapper.text()).toContain('—');
  });
});

describe('ConnectorGrid', () => {
  const items = Array.from({ length: 9 }, (_, i) =>
    connector({ id: `c${i}`, name: `Connector ${i}` }),
  );

  it('shows the tiles in the order given and pages', async () => {
    const wrapper = mountWithVuetify(ConnectorGrid, {
      props: { items, page: 1, pageCount: 2, totalCount: 12, canManage: true },
    });
    expect(wrapper.findAll('.connector-tile').map((t) => t.attributes('data-connector'))).toEqual(
      items.map((c) => c.name),
    );
    await wrapper
      .find('button[aria-label="Go to page 2"], button[aria-label="Page 2"]')
      .trigger('click');
    expect(wrapper.emitted('update:page')).toEqual([[2]]);
    await wrapper.find('button[aria-label="Edit Connector 3"]').trigger('click');
    expect(wrapper.emitted('edit')).toEqual([['c3']]);
  });

  it('has an empty state', () => {
    const wrapper = mountWithVuetify(ConnectorGrid, {
      props: { items: [], page: 1, pageCount: 0, totalCount: 0, canManage: true },
    });
    expect(wrapper.text()).toContain('No connectors yet');
  });
});

describe('RunStatusChip', () => {
  it('labels each status and spins while a run is under way', async () => {
    const wrapper = mountWithVuetify(RunStatusChip, { props: { status: 'RUNNING' } });
    expect(wrapper.text()).toBe('Running');
    expect(wrapper.find('.v-progress-circular').exists()).toBe(true);
    await wrapper.setProps({ status: 'FAILURE' });
    await nextTick();
    expect(wrapper.text()).toBe('Failure');
    expect(wrapper.find('.v-progress-circular').exists()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { connector } from '../test/fixtures';
import { mountWithVuetify } from '../test/mount';
import ConnectorGrid from './ConnectorGrid.vue';

const items = Array.from({ length: 9 }, (_, i) =>
  connector({ id: `c${i}`, name: `Connector ${i}`, published: i === 4 }),
);
const mountGrid = (props: Record<string, unknown> = {}) =>
  mountWithVuetify(ConnectorGrid, {
    props: { items, page: 1, pageCount: 2, totalCount: 12, canManage: true, ...props } as never,
  });

describe('ConnectorGrid', () => {
  it('shows the tiles in the order given, three a row from md up', () => {
    const wrapper = mountGrid();
    const tiles = wrapper.findAll('.connector-tile');
    expect(tiles.map((t) => t.attributes('data-connector'))).toEqual(items.map((c) => c.name));
    const col = tiles[0]!.element.parentElement!;
    expect([...col.classList]).toEqual(
      expect.arrayContaining(['v-col-12', 'v-col-sm-6', 'v-col-md-4']),
    );
  });

  it('emits update:page from the pagination and shows the total', async () => {
    const wrapper = mountGrid();
    expect(wrapper.text()).toContain('12 connectors');
    await wrapper.find('button[aria-label="Go to page 2"]').trigger('click');
    expect(wrapper.emitted('update:page')).toEqual([[2]]);
  });

  it('hides the pagination when everything fits on one page', () => {
    const wrapper = mountGrid({ pageCount: 1, totalCount: 9 });
    expect(wrapper.find('.v-pagination').exists()).toBe(false);
  });

  it('re-emits tile events with the connector id', async () => {
    const wrapper = mountGrid();
    await wrapper.find('button[aria-label="Edit Connector 3"]').trigger('click');
    await wrapper.find('button[aria-label="Runs of Connector 2"]').trigger('click');
    await wrapper.findAll('.connector-tile')[4]!.find('input').setValue(false);
    expect(wrapper.emitted('edit')).toEqual([['c3']]);
    expect(wrapper.emitted('runs')).toEqual([['c2']]);
    expect(wrapper.emitted('toggle')).toEqual([['c4', false]]);
  });

  it('passes read-only and busy down to the tiles', async () => {
    const wrapper = mountGrid({ canManage: false });
    await wrapper.find('button[aria-label="View Connector 1"]').trigger('click');
    expect(wrapper.emitted('view')).toEqual([['c1']]);
    const busy = mountGrid({ busyIds: ['c0'] });
    const switches = busy.findAll('input[type="checkbox"]');
    expect(switches[0]!.attributes('disabled')).toBeDefined();
    expect(switches[1]!.attributes('disabled')).toBeUndefined();
  });

  it('shows skeletons while loading and an empty state when there is nothing', () => {
    const loading = mountGrid({ items: [], loading: true, pageCount: 0, totalCount: 0 });
    expect(loading.findAll('.v-skeleton-loader').length).toBeGreaterThan(0);
    expect(loading.text()).not.toContain('No connectors yet');
    const empty = mountGrid({ items: [], pageCount: 0, totalCount: 0 });
    expect(empty.find('.v-skeleton-loader').exists()).toBe(false);
    expect(empty.text()).toContain('No connectors yet');
  });
});

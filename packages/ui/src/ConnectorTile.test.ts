import { describe, expect, it } from 'vitest';
import { connector } from '../test/fixtures';
import { mountWithVuetify } from '../test/mount';
import ConnectorTile from './ConnectorTile.vue';

const mountTile = (props: Record<string, unknown>) =>
  mountWithVuetify(ConnectorTile, {
    props: { connector: connector(), canManage: true, ...props } as never,
  });
const button = (w: ReturnType<typeof mountTile>, label: string) =>
  w.find(`button[aria-label="${label}"]`);

describe('ConnectorTile', () => {
  it('shows the title, the labels and their values', () => {
    const wrapper = mountTile({ locale: 'en-US' });
    const text = wrapper.text();
    expect(wrapper.find('h3').text()).toBe('Gift Service');
    for (const label of ['Entity Type', 'Last Run Time', 'Last Run Status']) {
      expect(text).toContain(label);
    }
    expect(wrapper.find('.tile-entity').text()).toBe('Contact');
    expect(wrapper.find('.tile-last-run').text()).toMatch(/^\d+\/\d+\/\d\d - \d+:\d\d (AM|PM)$/);
    expect(wrapper.find('.v-chip').text()).toBe('Success');
    expect(text).toContain('Off');
  });

  it('shows Loan, Failure and On', () => {
    const wrapper = mountTile({
      connector: connector({ entityType: 'LOAN', lastRunStatus: 'FAILURE', published: true }),
    });
    expect(wrapper.find('.tile-entity').text()).toBe('Loan');
    expect(wrapper.find('.v-chip').text()).toBe('Failure');
    expect(wrapper.text()).toContain('On');
  });

  it('shows a Paused chip with the reason while it is off by itself', () => {
    const reason = 'Turned off after 20 failed pushes in a row; the last: HTTP 500';
    const paused = mountTile({ connector: connector({ pausedReason: reason }) });
    expect(paused.find('[data-test="paused"] .v-chip').text()).toBe('Paused');
    expect(paused.find('.tile-paused-reason').text()).toBe(reason);
    expect(paused.find('.tile-paused-reason').attributes('title')).toBe(reason);
    // Turned on again (the reason is cleared by then), or never paused: no chip.
    expect(mountTile({}).find('[data-test="paused"]').exists()).toBe(false);
    const on = mountTile({ connector: connector({ published: true, pausedReason: reason }) });
    expect(on.find('[data-test="paused"]').exists()).toBe(false);
  });

  it('emits edit from an enabled Edit button while off', async () => {
    const wrapper = mountTile({});
    expect(button(wrapper, 'Edit Gift Service').attributes('disabled')).toBeUndefined();
    await button(wrapper, 'Edit Gift Service').trigger('click');
    expect(wrapper.emitted('edit')).toHaveLength(1);
  });

  it('offers View instead of Edit while published and emits toggle from the switch', async () => {
    const wrapper = mountTile({ connector: connector({ published: true }) });
    expect(button(wrapper, 'Edit Gift Service').exists()).toBe(false);
    await button(wrapper, 'View Gift Service').trigger('click');
    expect(wrapper.emitted('view')).toHaveLength(1);
    const input = wrapper.find('input[type="checkbox"]');
    expect(input.attributes('role')).toBe('switch');
    expect(input.attributes('aria-label')).toBe('Gift Service: on');
    await wrapper.find('input[type="checkbox"]').setValue(false);
    expect(wrapper.emitted('toggle')).toEqual([[false]]);
  });

  it('emits toggle(true) when switched on', async () => {
    const wrapper = mountTile({});
    await wrapper.find('input[type="checkbox"]').setValue(true);
    expect(wrapper.emitted('toggle')).toEqual([[true]]);
  });

  it('disables the switch while busy', () => {
    const wrapper = mountTile({ busy: true });
    expect(wrapper.find('input[type="checkbox"]').attributes('disabled')).toBeDefined();
  });

  it('gives read-only users a View button and a disabled switch', async () => {
    const wrapper = mountTile({ canManage: false, connector: connector({ published: true }) });
    expect(button(wrapper, 'Edit Gift Service').exists()).toBe(false);
    expect(wrapper.find('input[type="checkbox"]').attributes('disabled')).toBeDefined();
    expect(button(wrapper, 'View Gift Service').attributes('disabled')).toBeUndefined();
    await button(wrapper, 'View Gift Service').trigger('click');
    expect(wrapper.emitted('view')).toHaveLength(1);
  });

  it('emits runs from the Runs button', async () => {
    const wrapper = mountTile({});
    await button(wrapper, 'Runs of Gift Service').trigger('click');
    expect(wrapper.emitted('runs')).toHaveLength(1);
  });

  it('says Never and shows a dash when the connector never ran', () => {
    const wrapper = mountTile({ connector: connector({ lastRunAt: null, lastRunStatus: null }) });
    expect(wrapper.find('.tile-last-run').text()).toBe('Never');
    expect(wrapper.find('.v-chip').exists()).toBe(false);
    expect(wrapper.text()).toContain('—');
  });
});

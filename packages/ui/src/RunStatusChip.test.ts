import { describe, expect, it } from 'vitest';
import { mountWithVuetify } from '../test/mount';
import RunStatusChip from './RunStatusChip.vue';

describe('RunStatusChip', () => {
  it.each([
    ['QUEUED', 'Queued', true],
    ['RUNNING', 'Running', true],
    ['RETRYING', 'Retrying', true],
    ['SUCCESS', 'Success', false],
    ['FAILURE', 'Failure', false],
  ] as const)('labels %s as %s', (status, label, spins) => {
    const wrapper = mountWithVuetify(RunStatusChip, { props: { status } });
    expect(wrapper.text()).toBe(label);
    expect(wrapper.find('.v-progress-circular').exists()).toBe(spins);
  });

  it('follows a status change', async () => {
    const wrapper = mountWithVuetify(RunStatusChip, { props: { status: 'RUNNING' } });
    await wrapper.setProps({ status: 'SUCCESS' });
    expect(wrapper.text()).toBe('Success');
    expect(wrapper.find('.v-chip').classes()).toContain('text-success');
  });
});

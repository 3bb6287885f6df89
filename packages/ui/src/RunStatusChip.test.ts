import { describe, expect, it } from 'vitest';
import { mountWithVuetify } from '../test/mount';
import RunStatusChip from './RunStatusChip.vue';

describe('RunStatusChip', () => {
  it.each([
    ['QUEUED', 'Queued', false],
    ['RUNNING', 'Running', true],
    ['RETRYING', 'Retrying', false],
    ['RETRY', 'Retry', false],
    ['SUCCESS', 'Success', false],
    ['FAILURE', 'Failure', false],
  ] as const)('labels %s as %s, with an icon or a spinner', (status, label, spins) => {
    const wrapper = mountWithVuetify(RunStatusChip, { props: { status } });
    expect(wrapper.text()).toBe(label);
    expect(wrapper.find('.v-progress-circular').exists()).toBe(spins);
    expect(wrapper.find('.v-icon').exists()).toBe(!spins);
  });

  it('gives every status its own icon', () => {
    const icons = (['QUEUED', 'RETRYING', 'SUCCESS', 'FAILURE'] as const).map((status) =>
      mountWithVuetify(RunStatusChip, { props: { status } })
        .find('.v-icon svg path')
        .attributes('d'),
    );
    expect(new Set(icons).size).toBe(4);
  });

  it('follows a status change', async () => {
    const wrapper = mountWithVuetify(RunStatusChip, { props: { status: 'RUNNING' } });
    await wrapper.setProps({ status: 'SUCCESS' });
    expect(wrapper.text()).toBe('Success');
    expect(wrapper.find('.v-chip').classes()).toContain('text-success');
  });
});

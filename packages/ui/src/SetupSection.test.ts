import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mountWithModel } from '../test/mount';
import SetupSection from './SetupSection.vue';

const nextButton = (w: ReturnType<typeof mountWithModel>['wrapper']) =>
  w.findAll('button').find((b) => b.text() === 'Next');

describe('SetupSection', () => {
  it('opens and closes from its header button', async () => {
    const { wrapper, model } = mountWithModel(SetupSection, false, { title: 'Connector Basics' });
    const header = wrapper.find('button[aria-expanded]');
    expect(header.text()).toContain('Connector Basics');
    expect(header.attributes('aria-expanded')).toBe('false');
    await header.trigger('click');
    expect(model.value).toBe(true);
    expect(header.attributes('aria-expanded')).toBe('true');
    await header.trigger('click');
    expect(model.value).toBe(false);
  });

  it('opens from the keyboard', async () => {
    const user = userEvent.setup();
    const { wrapper, model } = mountWithModel(SetupSection, false, { title: 'Authentication' });
    (wrapper.find('button[aria-expanded]').element as HTMLButtonElement).focus();
    await user.keyboard('{Enter}');
    expect(model.value).toBe(true);
  });

  it('shows its content and a green check only when complete', async () => {
    const { wrapper } = mountWithModel(SetupSection, true, { title: 'Data Request' });
    expect(wrapper.find('[aria-label="Section complete"]').exists()).toBe(false);
    await wrapper.setProps({ complete: true } as never);
    const check = wrapper.find('[aria-label="Section complete"]');
    expect(check.exists()).toBe(true);
    expect(check.classes()).toContain('text-success');
  });

  it('emits next, and can hide the Next button', async () => {
    const { wrapper } = mountWithModel(SetupSection, true, { title: 'Authentication' });
    await nextButton(wrapper)!.trigger('click');
    expect(wrapper.emitted('next')).toHaveLength(1);
    await wrapper.setProps({ hideNext: true } as never);
    expect(nextButton(wrapper)).toBeUndefined();
  });
});

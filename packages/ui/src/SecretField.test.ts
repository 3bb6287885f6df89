import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mountWithModel } from '../test/mount';
import SecretField from './SecretField.vue';

describe('SecretField', () => {
  it('is obscured until the eye is clicked', async () => {
    const { wrapper } = mountWithModel(SecretField, 'hunter2', { label: 'Passcode' });
    const input = () => wrapper.find('input');
    expect(input().attributes('type')).toBe('password');
    await wrapper.find('button[aria-label="Show passcode"]').trigger('click');
    expect(input().attributes('type')).toBe('text');
    expect((input().element as HTMLInputElement).value).toBe('hunter2');
    await wrapper.find('button[aria-label="Hide passcode"]').trigger('click');
    expect(input().attributes('type')).toBe('password');
  });

  it('says when a secret is stored, and not otherwise', async () => {
    const { wrapper } = mountWithModel(SecretField, '', { label: 'Passcode', hasValue: true });
    expect(wrapper.find('input').attributes('placeholder')).toBe(
      '•••••• (stored — leave blank to keep)',
    );
    await wrapper.setProps({ hasValue: false } as never);
    expect(wrapper.find('input').attributes('placeholder')).toBeUndefined();
  });

  it('read-only, only says whether a secret is stored, with nothing to reveal', async () => {
    const { wrapper } = mountWithModel(SecretField, '', {
      label: 'Passcode',
      hasValue: true,
      readonly: true,
    });
    const input = wrapper.find('input');
    expect(input.attributes('placeholder')).toBe('•••••• (stored)');
    expect(input.attributes('readonly')).toBeDefined();
    expect(wrapper.find('button').exists()).toBe(false);
    await wrapper.setProps({ hasValue: false } as never);
    expect(wrapper.find('input').attributes('placeholder')).toBe('Not set');
  });

  it('emits what is typed', async () => {
    const user = userEvent.setup();
    const { wrapper, model } = mountWithModel(SecretField, '', { label: 'Client Secret' });
    await user.type(wrapper.find('input').element, 's3cret');
    expect(model.value).toBe('s3cret');
    expect(wrapper.find('button[aria-label="Show client secret"]').exists()).toBe(true);
  });
});

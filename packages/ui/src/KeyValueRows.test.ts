import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountWithModel } from '../test/mount';
import KeyValueRows from './KeyValueRows.vue';
import type { KeyValueRow } from './types';

type Wrapper = ReturnType<typeof mountWithModel>['wrapper'];
const addButton = (w: Wrapper, label = 'Add Request Header') =>
  w.findAll('button').find((b) => b.text().includes(label))!;

describe('KeyValueRows', () => {
  it('adds rows, edits them and deletes one', async () => {
    const { wrapper, model } = mountWithModel<KeyValueRow[]>(KeyValueRows, []);
    await addButton(wrapper).trigger('click');
    await addButton(wrapper).trigger('click');
    expect(model.value).toEqual([
      { key: '', value: '' },
      { key: '', value: '' },
    ]);
    const inputs = wrapper.findAll('input');
    await inputs[0]!.setValue('X-Api-Version');
    await inputs[1]!.setValue('2');
    expect(model.value[0]).toEqual({ key: 'X-Api-Version', value: '2', secret: false });
    await wrapper.find('button[aria-label="Delete row 2"]').trigger('click');
    expect(model.value).toEqual([{ key: 'X-Api-Version', value: '2', secret: false }]);
    await wrapper.find('button[aria-label="Delete row 1"]').trigger('click');
    expect(model.value).toEqual([]);
  });

  it('labels the cells and takes its own add label', () => {
    const { wrapper } = mountWithModel<KeyValueRow[]>(KeyValueRows, [{ key: 'a', value: 'b' }], {
      addLabel: 'Add Query Parameter',
    });
    const labels = wrapper.findAll('label.v-label').map((l) => l.text());
    expect(labels).toEqual(expect.arrayContaining(['Key', 'Value']));
    expect(addButton(wrapper, 'Add Query Parameter')).toBeDefined();
  });

  it('refuses a blank cell once touched', async () => {
    const { wrapper } = mountWithModel<KeyValueRow[]>(KeyValueRows, [{ key: '', value: 'x' }]);
    expect(wrapper.text()).not.toContain('Header key must not be blank');
    await wrapper.findAll('input')[0]!.trigger('blur');
    await nextTick();
    expect(wrapper.text()).toContain('Header key must not be blank');
    expect(wrapper.text()).not.toContain('Header value must not be blank');
    await wrapper.findAll('input')[0]!.setValue('X-Id');
    expect(wrapper.text()).not.toContain('Header key must not be blank');
  });

  it('shows every blank cell when asked, and server errors at their cell', async () => {
    const { wrapper } = mountWithModel<KeyValueRow[]>(
      KeyValueRows,
      [
        { key: 'A', value: '1' },
        { key: ' ', value: '' },
      ],
      { showErrors: true },
    );
    const messages = wrapper.findAll('.v-messages').map((m) => m.text());
    expect(messages).toEqual([
      '',
      '',
      'Header key must not be blank',
      'Header value must not be blank',
    ]);
    await wrapper.setProps({ errors: { '0.value': 'Header value is not allowed' } } as never);
    expect(wrapper.findAll('.kv-row')[0]!.text()).toContain('Header value is not allowed');
  });

  it('keeps touched marks on the right row after a delete', async () => {
    const { wrapper } = mountWithModel<KeyValueRow[]>(KeyValueRows, [
      { key: 'A', value: '1' },
      { key: '', value: '2' },
      { key: 'C', value: '3' },
    ]);
    await wrapper.findAll('input')[2]!.trigger('blur');
    await nextTick();
    expect(wrapper.text()).toContain('Header key must not be blank');
    await wrapper.find('button[aria-label="Delete row 1"]').trigger('click');
    expect(wrapper.findAll('.kv-row')[0]!.text()).toContain('Header key must not be blank');
  });

  it('hides add and delete when read-only', () => {
    const { wrapper } = mountWithModel<KeyValueRow[]>(KeyValueRows, [{ key: 'a', value: 'b' }], {
      readonly: true,
    });
    expect(wrapper.find('button[aria-label^="Delete"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Add Request Header');
    expect(wrapper.find('button[data-test="header-secret"]').attributes('disabled')).toBeDefined();
  });

  it('makes credential-like headers secret by name, unless switched by hand', async () => {
    const { wrapper, model } = mountWithModel<KeyValueRow[]>(KeyValueRows, [
      { key: '', value: '' },
    ]);
    await wrapper.findAll('input')[0]!.setValue('X-Api-Key');
    expect(model.value[0]).toMatchObject({ key: 'X-Api-Key', secret: true });
    expect(wrapper.find('input[type="password"]').exists()).toBe(true);
    await wrapper.find('button[data-test="header-secret"]').trigger('click');
    expect(model.value[0]).toMatchObject({ secret: false, secretChosen: true });
    await wrapper.findAll('input')[0]!.setValue('Authorization');
    expect(model.value[0]?.secret).toBe(false);
  });

  it('shows a stored secret like a passcode and counts it as filled', () => {
    const { wrapper } = mountWithModel<KeyValueRow[]>(
      KeyValueRows,
      [{ key: 'X-Api-Key', value: '', secret: true, stored: true }],
      { showErrors: true },
    );
    expect(wrapper.find('input[type="password"]').attributes('placeholder')).toContain('stored');
    expect(wrapper.text()).not.toContain('must not be blank');
  });
});

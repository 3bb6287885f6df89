import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { mountWithVuetify } from '../test/mount';
import CriteriaRows from './CriteriaRows.vue';
import KeyValueRows from './KeyValueRows.vue';
import PropertiesPicker from './PropertiesPicker.vue';
import SecretField from './SecretField.vue';
import SetupSection from './SetupSection.vue';
import TemplateEditor from './TemplateEditor.vue';
import type { CriterionRow, KeyValueRow } from './types';

/** Mounts a v-model component whose model lives in a ref, like a parent would. */
function withModel<T>(component: object, initial: T, props: Record<string, unknown> = {}) {
  const model = ref(initial);
  const wrapper = mountWithVuetify(component as never, {
    props: {
      ...props,
      modelValue: model.value,
      'onUpdate:modelValue': (v: T) => wrapper.setProps({ modelValue: (model.value = v) } as never),
    } as never,
  });
  return { wrapper, model };
}

describe('SetupSection', () => {
  it('opens and closes from its header, shows a check when complete and emits next', async () => {
    const { wrapper, model } = withModel(SetupSection, false, {
      title: 'Connector Basics',
      complete: true,
    });
    const header = wrapper.find('button[aria-expanded]');
    expect(header.attributes('aria-expanded')).toBe('false');
    await header.trigger('click');
    expect(model.value).toBe(true);
    expect(wrapper.find('[aria-label="Section complete"]').exists()).toBe(true);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Next')!
      .trigger('click');
    expect(wrapper.emitted('next')).toHaveLength(1);
  });

  it('shows no check while incomplete', () => {
    const { wrapper } = withModel(SetupSection, true, { title: 'Authentication' });
    expect(wrapper.find('[aria-label="Section complete"]').exists()).toBe(false);
  });
});

describe('KeyValueRows', () => {
  it('adds rows, edits them and deletes one', async () => {
    const { wrapper, model } = withModel<KeyValueRow[]>(KeyValueRows, []);
    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('Add Request Header'))!
      .trigger('click');
    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('Add Request Header'))!
      .trigger('click');
    expect(model.value).toHaveLength(2);
    const inputs = wrapper.findAll('input');
    await inputs[0]!.setValue('X-Api-Version');
    await inputs[1]!.setValue('2');
    expect(model.value[0]).toEqual({ key: 'X-Api-Version', value: '2' });
    await wrapper.find('button[aria-label="Delete row 2"]').trigger('click');
    expect(model.value).toEqual([{ key: 'X-Api-Version', value: '2' }]);
  });

  it('refuses blank cells once touched or when asked to show errors, and shows server errors', async () => {
    const { wrapper } = withModel<KeyValueRow[]>(KeyValueRows, [{ key: '', value: 'x' }]);
    expect(wrapper.text()).not.toContain('Key is required');
    await wrapper.findAll('input')[0]!.trigger('blur');
    await nextTick();
    expect(wrapper.text()).toContain('Key is required');
    await wrapper.setProps({ errors: { '0.value': 'Header value must not be blank' } } as never);
    expect(wrapper.text()).toContain('Header value must not be blank');
  });
});

describe('CriteriaRows', () => {
  const first: CriterionRow = { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' };

  it('adds criteria but never deletes the first one', async () => {
    const { wrapper, model } = withModel<CriterionRow[]>(CriteriaRows, [first]);
    expect(
      wrapper
        .find('button[aria-label="The first criterion cannot be deleted"]')
        .attributes('disabled'),
    ).toBeDefined();
    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('Add Success Criteria'))!
      .trigger('click');
    expect(model.value).toHaveLength(2);
    await wrapper.findAll('input[type="text"]').at(-1)!.setValue('ok');
    expect(model.value[1]).toEqual({ source: 'STATUS_CODE', comparator: 'EQUALS', value: 'ok' });
    await wrapper.find('button[aria-label="Delete criterion 2"]').trigger('click');
    expect(model.value).toEqual([first]);
  });

  it('refuses a blank value when errors are shown', () => {
    const { wrapper } = withModel<CriterionRow[]>(CriteriaRows, [{ ...first, value: ' ' }], {
      showErrors: true,
    });
    expect(wrapper.text()).toContain('Value is required');
  });
});

describe('PropertiesPicker', () => {
  const fields = [
    {
      key: 'contact.firstName',
      label: 'Contact - First Name',
      type: 'STRING' as const,
      custom: false,
    },
    {
      key: 'contact.address2',
      label: 'Contact - Address 2',
      type: 'STRING' as const,
      custom: false,
    },
    {
      key: 'contact.custom.baths',
      label: 'Contact - Baths (Custom)',
      type: 'NUMBER' as const,
      custom: true,
    },
  ];

  it('filters by the search text and emits the key of a clicked field', async () => {
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields } });
    expect(wrapper.findAll('.v-list-item')).toHaveLength(3);
    await wrapper.find('input[aria-label="Search fields"]').setValue('ADDR');
    const items = wrapper.findAll('.v-list-item');
    expect(items.map((i) => i.find('.v-list-item-title').text())).toEqual(['Contact - Address 2']);
    await items[0]!.trigger('click');
    expect(wrapper.emitted('insert')).toEqual([['contact.address2']]);
  });
});

describe('TemplateEditor', () => {
  const fields = [
    {
      key: 'contact.firstName',
      label: 'Contact - First Name',
      type: 'STRING' as const,
      custom: false,
    },
  ];

  it('shows JSON errors at line and column and unknown fields while typing', async () => {
    const { wrapper } = withModel(TemplateEditor, '{\n  "a": 1\n  "b": 2\n}', { fields });
    expect(wrapper.text()).toContain('at line 3, column 3');
    await wrapper.find('textarea').setValue('{"a": "{{contact.nope}}"}');
    expect(wrapper.text()).toContain('Unknown field {{contact.nope}} at line 1, column 8');
    await wrapper.find('textarea').setValue('{"a": "{{contact.firstName}}"}');
    expect(wrapper.text()).not.toContain('Unknown field');
  });

  it('inserts a placeholder at the caret', async () => {
    const { wrapper, model } = withModel(TemplateEditor, '{"name": ""}', { fields });
    const el = wrapper.find('textarea').element as HTMLTextAreaElement;
    el.setSelectionRange(10, 10);
    await (wrapper.vm as unknown as { insertAtCursor(t: string): Promise<void> }).insertAtCursor(
      '{{contact.firstName}}',
    );
    expect(model.value).toBe('{"name": "{{contact.firstName}}"}');
  });
});

describe('SecretField', () => {
  it('is obscured until the eye is clicked, and says when a secret is stored', async () => {
    const { wrapper } = withModel(SecretField, '', { label: 'Passcode', hasValue: true });
    expect(wrapper.find('input').attributes('type')).toBe('password');
    expect(wrapper.find('input').attributes('placeholder')).toContain('stored');
    await wrapper.find('button[aria-label="Show passcode"]').trigger('click');
    expect(wrapper.find('input').attributes('type')).toBe('text');
    await wrapper.find('button[aria-label="Hide passcode"]').trigger('click');
    expect(wrapper.find('input').attributes('type')).toBe('password');
  });
});

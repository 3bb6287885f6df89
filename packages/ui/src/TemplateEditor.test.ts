import { describe, expect, it } from 'vitest';
import { fields } from '../test/fixtures';
import { mountWithModel } from '../test/mount';
import TemplateEditor from './TemplateEditor.vue';

type Editor = { insertAtCursor(t: string): Promise<void> };
const formatButton = (w: ReturnType<typeof mountWithModel>['wrapper']) =>
  w.findAll('button').find((b) => b.text() === 'Format JSON')!;

describe('TemplateEditor', () => {
  it('is a labelled monospace textarea', () => {
    const { wrapper } = mountWithModel(TemplateEditor, '{}', { fields });
    expect(wrapper.find('label.v-label').text()).toBe('Request Body');
    expect(wrapper.find('textarea').exists()).toBe(true);
  });

  it('shows JSON errors at line and column and unknown fields while typing', async () => {
    const { wrapper } = mountWithModel(TemplateEditor, '{\n  "a": 1\n  "b": 2\n}', { fields });
    expect(wrapper.text()).toContain('at line 3, column 3');
    await wrapper.find('textarea').setValue('{"a": "{{contact.nope}}"}');
    expect(wrapper.text()).toContain('Unknown field {{contact.nope}} at line 1, column 8');
    await wrapper.find('textarea').setValue('{"a": "{{contact.firstName}}", "n": {{contact.x}}}');
    expect(wrapper.text()).not.toContain('contact.firstName}} at');
    expect(wrapper.text()).toContain('Unknown field {{contact.x}}');
    await wrapper.find('textarea').setValue('{"a": "{{contact.firstName}}"}');
    expect(wrapper.text()).not.toContain('Unknown field');
  });

  it('shows server errors and every problem, not only the first', () => {
    const { wrapper } = mountWithModel(TemplateEditor, '{"a": "{{x.one}}", "b": "{{x.two}}"}', {
      fields,
      errors: ['Body rejected by the server'],
    });
    const text = wrapper.text();
    expect(text).toContain('Body rejected by the server');
    expect(text).toContain('{{x.one}}');
    expect(text).toContain('{{x.two}}');
  });

  it('inserts a placeholder at the caret, replacing a selection', async () => {
    const { wrapper, model } = mountWithModel(TemplateEditor, '{"name": ""}', { fields });
    const el = wrapper.find('textarea').element as HTMLTextAreaElement;
    el.setSelectionRange(10, 10);
    await (wrapper.vm as unknown as Editor).insertAtCursor('{{contact.firstName}}');
    expect(model.value).toBe('{"name": "{{contact.firstName}}"}');
    expect(document.activeElement).toBe(el);
    expect(el.selectionStart).toBe(31);
    el.setSelectionRange(10, 31);
    await (wrapper.vm as unknown as Editor).insertAtCursor('{{contact.address2}}');
    expect(model.value).toBe('{"name": "{{contact.address2}}"}');
  });

  it('formats JSON around bare placeholders and leaves anything else alone', async () => {
    const { wrapper, model } = mountWithModel(
      TemplateEditor,
      '{"a":"{{contact.firstName}}","n":{{contact.activityRating}}}',
      { fields },
    );
    await formatButton(wrapper).trigger('click');
    expect(model.value).toBe(
      '{\n  "a": "{{contact.firstName}}",\n  "n": {{contact.activityRating}}\n}',
    );
    expect(formatButton(wrapper).attributes('disabled')).toBeDefined();
    await wrapper.setProps({ modelValue: '{"n": {{contact.firstName}' } as never);
    expect(formatButton(wrapper).attributes('disabled')).toBeDefined();
  });

  it('has no Format button when read-only', () => {
    const { wrapper } = mountWithModel(TemplateEditor, '{}', { fields, readonly: true });
    expect(wrapper.find('button').exists()).toBe(false);
  });
});

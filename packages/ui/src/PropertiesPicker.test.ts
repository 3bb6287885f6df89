import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fields } from '../test/fixtures';
import { mountWithVuetify } from '../test/mount';
import PropertiesPicker from './PropertiesPicker.vue';

const titles = (w: ReturnType<typeof mountWithVuetify>) =>
  w.findAll('.v-list-item-title').map((t) => t.text());

describe('PropertiesPicker', () => {
  it('lists every field under a PROPERTIES header, custom ones marked', () => {
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields } });
    expect(wrapper.text()).toContain('PROPERTIES');
    expect(titles(wrapper)).toEqual([
      'Contact - First Name',
      'Contact - Address_2',
      'Contact - Archive - Number of Bathrooms (Custom)',
      'Contact - Pets (Custom)',
    ]);
  });

  it('filters by label or key, ignoring case', async () => {
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields } });
    const search = wrapper.find('input[aria-label="Search fields"]');
    await search.setValue('ADDR');
    expect(titles(wrapper)).toEqual(['Contact - Address_2']);
    await search.setValue('custom.number');
    expect(titles(wrapper)).toEqual(['Contact - Archive - Number of Bathrooms (Custom)']);
    await search.setValue('zzz');
    expect(titles(wrapper)).toEqual(['No field matches']);
  });

  it('shows everything again after the search is cleared', async () => {
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields } });
    await wrapper.find('input[aria-label="Search fields"]').setValue('first');
    expect(titles(wrapper)).toHaveLength(1);
    await wrapper.find('.v-field__clearable .v-icon').trigger('click');
    expect(titles(wrapper)).toHaveLength(4);
  });

  it('emits the key of a clicked field', async () => {
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields } });
    await wrapper.find('input[aria-label="Search fields"]').setValue('address');
    await wrapper.find('.v-list-item').trigger('click');
    expect(wrapper.emitted('insert')).toEqual([['contact.address2']]);
  });

  it('emits on Enter from the keyboard', async () => {
    const user = userEvent.setup();
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields } });
    (wrapper.findAll('.v-list-item')[0]!.element as HTMLElement).focus();
    await user.keyboard('{Enter}');
    expect(wrapper.emitted('insert')).toEqual([['contact.firstName']]);
  });

  it('emits nothing when disabled', async () => {
    const wrapper = mountWithVuetify(PropertiesPicker, { props: { fields, disabled: true } });
    await wrapper.find('.v-list-item').trigger('click');
    expect(wrapper.emitted('insert')).toBeUndefined();
  });
});

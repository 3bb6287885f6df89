import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { mountWithModel } from '../test/mount';
import CriteriaRows from './CriteriaRows.vue';
import type { CriterionRow } from './types';

const first: CriterionRow = { source: 'STATUS_CODE', comparator: 'EQUALS', value: '200' };
type Wrapper = ReturnType<typeof mountWithModel>['wrapper'];
const addButton = (w: Wrapper) =>
  w.findAll('button').find((b) => b.text().includes('Add Success Criteria'))!;

describe('CriteriaRows', () => {
  it('adds criteria but never deletes the first one', async () => {
    const { wrapper, model } = mountWithModel<CriterionRow[]>(CriteriaRows, [first]);
    const firstDelete = wrapper.find('button[aria-label="The first criterion cannot be deleted"]');
    expect(firstDelete.attributes('disabled')).toBeDefined();
    await addButton(wrapper).trigger('click');
    expect(model.value).toHaveLength(2);
    await wrapper.findAll('input[type="text"]').at(-1)!.setValue('ok');
    expect(model.value[1]).toEqual({ source: 'STATUS_CODE', comparator: 'EQUALS', value: 'ok' });
    await wrapper.find('button[aria-label="Delete criterion 2"]').trigger('click');
    expect(model.value).toEqual([first]);
  });

  it('shows the source and comparator with their readable labels', () => {
    const { wrapper } = mountWithModel<CriterionRow[]>(CriteriaRows, [
      first,
      { source: 'RESPONSE_BODY', comparator: 'NOT_CONTAINS', value: 'error' },
    ]);
    const selections = wrapper.findAll('.v-select__selection-text').map((s) => s.text());
    expect(selections).toEqual(['StatusCode', 'Equals', 'ResponseBody', 'NotContains']);
    const labels = wrapper.findAll('label.v-label').map((l) => l.text());
    expect(labels).toEqual(expect.arrayContaining(['Source', 'Comparator', 'Value']));
  });

  it('refuses a blank value once touched or when errors are shown', async () => {
    const { wrapper } = mountWithModel<CriterionRow[]>(CriteriaRows, [{ ...first, value: ' ' }]);
    expect(wrapper.text()).not.toContain('Value must not be blank');
    await wrapper.findAll('input[type="text"]').at(-1)!.trigger('blur');
    await nextTick();
    expect(wrapper.text()).toContain('Value must not be blank');
    const shown = mountWithModel<CriterionRow[]>(CriteriaRows, [{ ...first, value: '' }], {
      showErrors: true,
    });
    expect(shown.wrapper.text()).toContain('Value must not be blank');
  });

  it('shows server errors at their cell', () => {
    const { wrapper } = mountWithModel<CriterionRow[]>(CriteriaRows, [first], {
      errors: { '0.value': 'Status code must be a number' },
    });
    expect(wrapper.text()).toContain('Status code must be a number');
  });
});

import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import { ref, type Component, type Ref } from 'vue';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';

/** Mounts a component with a real Vuetify instance. */
export function mountWithVuetify<T extends Component>(
  component: T,
  options: ComponentMountingOptions<T> = {},
) {
  const vuetify = createVuetify({
    components,
    directives,
    icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  });
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: { ...(options.global ?? {}), plugins: [vuetify] },
  } as ComponentMountingOptions<T>);
}

/** Mounts a v-model component whose model lives in a ref, as a parent would hold it. */
export function mountWithModel<T>(
  component: Component,
  initial: T,
  props: Record<string, unknown> = {},
) {
  const model = ref(initial) as Ref<T>;
  const wrapper = mountWithVuetify(component as never, {
    props: {
      ...props,
      modelValue: model.value,
      'onUpdate:modelValue': (v: T) => wrapper.setProps({ modelValue: (model.value = v) } as never),
    } as never,
  });
  return { wrapper, model };
}

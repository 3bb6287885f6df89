import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
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

// jsdom lacks what Vuetify measures with.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (!globalThis.visualViewport) {
  Object.defineProperty(globalThis, 'visualViewport', {
    value: Object.assign(new EventTarget(), {
      width: 1280,
      height: 800,
      offsetTop: 0,
      offsetLeft: 0,
      scale: 1,
    }),
  });
}

// Each test starts from an empty document.
import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach } from 'vitest';
enableAutoUnmount(afterEach);

import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages load lazily inside a whole test app; a busy CI machine needs longer
// than the default second for the first render.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one to mount.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
}

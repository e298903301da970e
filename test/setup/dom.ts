import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The pending-flow record and the banner flag live in sessionStorage: no test may see another's.
  sessionStorage.clear();
  localStorage.clear();
});

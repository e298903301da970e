import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom (28) has <dialog> and its `open` attribute but not showModal() or close(). These stand-ins
// only set `open`, which shows the dialog (and so lets Testing Library find it by role). No top
// layer, no inert page, no Escape: the e2e spec checks those in Chromium, where they are real.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.open = false;
};

afterEach(() => {
  cleanup();
  // The pending-flow record and the banner flag live in sessionStorage: no test may see another's.
  sessionStorage.clear();
  localStorage.clear();
});

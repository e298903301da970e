/**
 * Marks a tab as an authorization window this widget opened. A window opened with
 * `window.open` starts with a copy of its opener's sessionStorage, taken at that moment: the
 * opener writes the mark just before opening it and removes it just after, so only the new
 * window keeps it. Unlike `window.opener` or `window.name`, the copy survives a
 * `Cross-Origin-Opener-Policy` that severs the window from its opener, since sessionStorage
 * belongs to the tab. The mark is no credential (the callback still checks everything); it only
 * says that waiting for an opener is worth it, so an ordinary tab refuses an unknown answer at once.
 */
const key = 'connections-widget:authorization-window';

export const authorizationPopupMarker = {
  /** Called just before `window.open`; a storage that refuses it only costs the popup its hand-over. */
  set(): void {
    try {
      globalThis.sessionStorage?.setItem(key, '1');
    } catch {
      // See above: the popup then refuses the answer as a tab of its own would.
    }
  },

  clear(): void {
    try {
      globalThis.sessionStorage?.removeItem(key);
    } catch {
      // Nothing was stored to remove.
    }
  },

  isSet(): boolean {
    try {
      return globalThis.sessionStorage?.getItem(key) === '1';
    } catch {
      return false;
    }
  },
};

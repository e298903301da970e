import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After the widget moves to another page, puts focus on that page's heading, so keyboard and
 * screen-reader users start reading there instead of on a link that no longer exists. Not on
 * the first render (the host page owns focus then), nor when only the history state changes.
 */
export function useFocusHeadingOnNavigation(containerRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = containerRef.current?.querySelector<HTMLElement>('[data-page-heading], h2');
    if (!heading) return;
    // A page component used alone may not mark its heading focusable; in the widget it must be.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [pathname, containerRef]);
}

/** The element the widget of a `<connections-widget>` is mounted in, inside its shadow root. */
export function widgetIn(element: HTMLElement): HTMLElement {
  const container = element.shadowRoot?.querySelector<HTMLElement>('div');
  if (!container) throw new Error('The element has no widget in its shadow root.');
  return container;
}

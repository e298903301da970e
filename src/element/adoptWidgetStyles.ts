import css from '../styles/index.css?inline';

/** The element is a block, like the page it holds; `hidden` must still hide it. */
const hostRules = ':host { display: block; } :host([hidden]) { display: none; }';

let sharedSheet: CSSStyleSheet | undefined;

/**
 * Gives a shadow root the widget's stylesheet, so the element needs no CSS import. Where
 * constructable stylesheets exist every element shares one parsed sheet; elsewhere each
 * shadow root gets a `<style>`.
 */
export function adoptWidgetStyles(shadowRoot: ShadowRoot): void {
  const text = `${hostRules}\n${css}`;
  if ('adoptedStyleSheets' in shadowRoot && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(text);
    }
    shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, sharedSheet];
    return;
  }
  const style = shadowRoot.ownerDocument.createElement('style');
  style.textContent = text;
  shadowRoot.prepend(style);
}

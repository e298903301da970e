/** A form of a stand-in page as a browser would submit it. */
export interface PageForm {
  method: 'GET' | 'POST';
  action: string;
  /** The fields by name, with their values in the page (hidden fields included). */
  fields: Map<string, string>;
  /** The text of its submit button. */
  button: string;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : unescape(match[1]);
}

/**
 * The forms of a page. The stand-in writes its own simple, well-formed markup, so reading it
 * with patterns is enough here; the browser tests drive the same pages for real.
 */
export function readForms(html: string): PageForm[] {
  return [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map(([form]) => {
    const openingTag = /^<form\b[^>]*>/.exec(form)?.[0] ?? '';
    const fields = new Map<string, string>();
    for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
      const name = attribute(input, 'name');
      if (name !== undefined) fields.set(name, attribute(input, 'value') ?? '');
    }
    const button = /<button\b[^>]*>([\s\S]*?)<\/button>/.exec(form)?.[1] ?? '';
    return {
      method: attribute(openingTag, 'method')?.toUpperCase() === 'POST' ? 'POST' : 'GET',
      action: attribute(openingTag, 'action') ?? '',
      fields,
      button: unescape(button.trim()),
    };
  });
}

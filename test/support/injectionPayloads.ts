/**
 * Hostile text for every field a backend, a provider or a user can fill. Whatever could run
 * calls `window.__pwned()`, so that a test (or a browser) that installs that sentinel sees
 * anything that executed; the rest is text that breaks naive rendering, matching or layout.
 */
export interface InjectionPayload {
  /** Short and unique, for test titles and failure messages. */
  name: string;
  text: string;
}

const longWord = 'A'.repeat(10_000);
const longSentence = 'Lorem ipsum dolor sit amet, '.repeat(358).trim();

export const injectionPayloads: readonly InjectionPayload[] = [
  // Script elements
  { name: 'script tag', text: '<script>window.__pwned()</script>' },
  { name: 'script tag, upper case', text: '<SCRIPT>window.__pwned()</SCRIPT>' },
  { name: 'script with src', text: '<script src="data:text/javascript,window.__pwned()"></script>' },
  { name: 'split script tag', text: '<scr<script>ipt>window.__pwned()</scr</script>ipt>' },
  { name: 'script after a closing textarea', text: '</textarea><script>window.__pwned()</script>' },
  { name: 'script after a closing title', text: '</title><script>window.__pwned()</script>' },
  { name: 'script after a comment end', text: '--><script>window.__pwned()</script><!--' },
  { name: 'CDATA around a script', text: '<![CDATA[<script>window.__pwned()</script>]]>' },
  // Event-handler attributes
  { name: 'img onerror', text: '<img src=x onerror=window.__pwned()>' },
  { name: 'double-quoted attribute break', text: '"><img src=x onerror="window.__pwned()">' },
  { name: 'single-quoted attribute break', text: "'><img src=x onerror='window.__pwned()'>" },
  { name: 'unquoted attribute break', text: 'x onmouseover=window.__pwned() autofocus onfocus=window.__pwned()' },
  { name: 'body onload', text: '<body onload=window.__pwned()>' },
  { name: 'details ontoggle', text: '<details open ontoggle=window.__pwned()><summary>x</summary></details>' },
  { name: 'input autofocus onfocus', text: '<input autofocus onfocus=window.__pwned()>' },
  { name: 'video source onerror', text: '<video><source onerror=window.__pwned()></video>' },
  {
    name: 'custom element onpointerover',
    text: '<x-x onpointerover=window.__pwned() style=display:block>hover me</x-x>',
  },
  { name: 'noscript title mutation', text: '<noscript><p title="</noscript><img src=x onerror=window.__pwned()>">' },
  // Frames, objects and navigation
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__pwned()</script>"></iframe>' },
  { name: 'iframe javascript src', text: '<iframe src="javascript:parent.__pwned()"></iframe>' },
  { name: 'object data', text: '<object data="javascript:window.__pwned()"></object>' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned()">' },
  { name: 'base href', text: '<base href="javascript:window.__pwned()//">' },
  { name: 'form action', text: '<form action="javascript:window.__pwned()"><button>Go</button></form>' },
  { name: 'anchor javascript href', text: '<a href="javascript:window.__pwned()">click me</a>' },
  // javascript: and other scheme URLs, as bare text
  { name: 'javascript URL', text: 'javascript:window.__pwned()' },
  { name: 'javascript URL, mixed case', text: 'JaVaScRiPt:window.__pwned()' },
  { name: 'javascript URL with a tab', text: 'java\tscript:window.__pwned()' },
  { name: 'javascript URL as entities', text: '&#106;avascript&#x3A;window.__pwned()' },
  { name: 'data URL with HTML', text: 'data:text/html,<script>window.__pwned()</script>' },
  { name: 'vbscript URL', text: 'vbscript:msgbox("pwned")' },
  // SVG and MathML
  { name: 'svg onload', text: '<svg onload=window.__pwned()>' },
  { name: 'svg script', text: '<svg><script>window.__pwned()</script></svg>' },
  {
    name: 'svg animate href',
    text: '<svg><a><animate attributeName=href values=javascript:window.__pwned() /><text y=20>x</text></a></svg>',
  },
  { name: 'mathml mglyph style img', text: '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned()>' },
  { name: 'mathml href', text: '<math href="javascript:window.__pwned()">click</math>' },
  // CSS
  { name: 'CSS expression', text: '<div style="width: expression(window.__pwned())">x</div>' },
  { name: 'CSS url', text: 'background:url("javascript:window.__pwned()")' },
  { name: 'closing style tag', text: '</style><script>window.__pwned()</script>' },
  { name: 'style import', text: '<style>@import "javascript:window.__pwned()";</style>' },
  // Bidi controls and invisible characters
  { name: 'RTL override', text: 'invoice\u202Efdp.exe' },
  { name: 'bidi embeddings and isolates', text: '\u202Aa\u202Bb\u202Dc\u2066d\u2067e\u2068f\u202C\u2069 end' },
  { name: 'LRM and RLM marks', text: '\u200Eleft\u200Fright' },
  { name: 'zero-width characters', text: 'Str\u200Bi\u200Cp\u200De\u2060' },
  { name: 'byte order mark inside', text: 'BOM\uFEFFinside' },
  // Very long text
  { name: '10,000 characters, no spaces', text: longWord },
  { name: '10,000+ characters with spaces', text: longSentence },
  { name: 'long text ending in a script', text: `${'x'.repeat(10_000)}<script>window.__pwned()</script>` },
  // Prototype pollution, as keys and as JSON
  { name: '__proto__', text: '__proto__' },
  { name: 'constructor', text: 'constructor' },
  { name: 'prototype', text: 'prototype' },
  { name: 'hasOwnProperty', text: 'hasOwnProperty' },
  { name: 'JSON with __proto__', text: '{"__proto__":{"__pwned":true}}' },
  { name: 'JSON with constructor.prototype', text: '{"constructor":{"prototype":{"__pwned":true}}}' },
  // Entities
  { name: 'escaped script entities', text: '&lt;script&gt;window.__pwned()&lt;/script&gt;' },
  { name: 'numeric entities', text: '&#60;img src=x onerror=window.__pwned()&#62;' },
  { name: 'named entities', text: 'Tom &amp; Jerry &copy; &nbsp; &quot;' },
  // Template-looking text
  { name: 'placeholder', text: '{name}' },
  { name: 'mustache arithmetic', text: '{{7*7}}' },
  { name: 'template literal', text: '${window.__pwned()}' },
  { name: 'AngularJS sandbox escape', text: "{{constructor.constructor('window.__pwned()')()}}" },
  { name: 'replacement patterns', text: "$& $1 $` $' $$" },
  { name: 'ERB tag', text: '<%= 7*7 %>' },
  // Control characters
  { name: 'null byte', text: 'nul\u0000byte' },
  { name: 'ANSI escape and bell', text: '\u001B[31mred\u001B[0m\u0007' },
  { name: 'CRLF', text: 'first\r\nSet-Cookie: pwned=1' },
  // Emoji, ZWJ sequences, combining marks
  { name: 'emoji', text: '📊 Sales 💰' },
  { name: 'ZWJ family', text: '👨‍👩‍👧‍👦 family' },
  { name: 'flag and skin tone', text: '🏳️‍🌈 👍🏽 🇧🇷' },
  { name: 'combining marks', text: 'Z̵̢̛a̸͔l̷g̶o̴͎' },
  // Other injections
  { name: 'SQL', text: "'; DROP TABLE data_sources; --" },
  { name: 'path traversal', text: '../../../etc/passwd' },
  { name: 'padded with spaces', text: '  padded   name  ' },
];

/** The accessible name a text gets as the whole content of an element, as Testing Library computes it. */
export function accessibleNameOf(text: string): string {
  return text.trim().replace(/\s\s+/g, ' ');
}

/** True for payloads carrying markup or a script URL: where escaping and execution are at stake. */
export function isMarkupPayload({ text }: InjectionPayload): boolean {
  return /[<>"'&]|javascript:|\{\{|\$\{/i.test(text);
}

/**
 * Pages of a host without React or a bundler, written beside the installed package and served
 * as static files: an import map points the package's names at its files, and the standalone
 * bundle brings React along. Each page holds two widgets: one mounted with
 * `mountConnectionsWidget` (its stylesheet linked by the page) and one `<connections-widget>`
 * (its stylesheet inside its shadow root).
 */

/** What a careless host stylesheet does to every element, every button and every table. */
export const hostileCss = `* {
  box-sizing: content-box;
  margin: 12px;
  padding: 24px;
  border: 3px solid red;
  max-width: 100%;
  font: italic 900 40px/3 'Times New Roman', serif;
  letter-spacing: 0.2em;
  word-spacing: 1em;
  text-transform: uppercase;
  text-align: right;
  text-indent: 2em;
  text-shadow: 2px 2px 0 lime;
  white-space: nowrap;
  list-style: square inside;
  color: #c00;
  background: #ff0;
  cursor: crosshair;
}
button {
  display: block;
  float: left;
  width: 100%;
  height: 80px;
  padding: 40px;
  border: 5px dashed red;
  border-radius: 0;
  background: red;
  color: white;
  font-size: 40px;
  text-transform: uppercase;
}
table {
  display: block;
  width: 200px;
  table-layout: fixed;
  border-collapse: separate;
  border-spacing: 20px;
  font-size: 40px;
}`;

/**
 * The one thing of the hostile stylesheet that does reach the widget, on purpose: its sizes are
 * in rem, so they follow the root font size, which is the reader's own setting when a host
 * leaves it alone. The reference page sets just that, so the two can be compared.
 */
const rootFontSizeOnly = 'html { font-size: 40px; }';

const importMap = JSON.stringify(
  {
    imports: {
      'connections-widget/standalone': '/node_modules/connections-widget/dist/standalone.js',
      'connections-widget/testing': '/node_modules/connections-widget/dist/testing.js',
    },
  },
  null,
  2,
);

function page(title: string, hostCss: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="importmap">
${importMap}
    </script>
    <link rel="stylesheet" href="/node_modules/connections-widget/dist/styles.css" />
    <style>
      #mounted,
      connections-widget {
        display: block;
        width: 900px;
      }
${hostCss}
    </style>
    <script type="module" src="/plain/host.js"></script>
  </head>
  <body>
    <div id="mounted"></div>
    <connections-widget user-role="admin" routing="memory"></connections-widget>
  </body>
</html>
`;
}

export const plainHostFiles: Record<string, string> = {
  'plain/host.js': `import { mountConnectionsWidget } from 'connections-widget/standalone';
import { createMemoryConnectionsApi } from 'connections-widget/testing';

// Two widgets on one page cannot both own the address bar: each keeps its page in memory.
window.mountedWidget = mountConnectionsWidget(document.getElementById('mounted'), {
  api: createMemoryConnectionsApi(),
  role: 'admin',
  routing: 'memory',
});
document.querySelector('connections-widget').api = createMemoryConnectionsApi();
`,
  'plain/index.html': page('Plain host', ''),
  'plain/hostile.html': page('Plain host with hostile CSS', hostileCss),
  'plain/reference.html': page('Plain host with a large root font', rootFontSizeOnly),
};

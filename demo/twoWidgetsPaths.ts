/**
 * Where the demo's Two widgets page puts its two `<connections-widget>` elements. Each element
 * lives under a path of its own, so each has its own callback, registered with the backend as
 * a redirect URI by scripts/dev.ts.
 */
export const twoWidgetsPath = '/admin/two-widgets';
export const twoWidgetsBasePaths = [`${twoWidgetsPath}/first`, `${twoWidgetsPath}/second`] as const;
export const twoWidgetsCallbackPaths = twoWidgetsBasePaths.map((basePath) => `${basePath}/callback`);

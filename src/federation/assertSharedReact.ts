import { version } from 'react';
import { isSupportedReact, supportedReactRange } from './supportedReact';

/**
 * The remote brings no React of its own (its React is shared with `import: false`), so the
 * `react` it imports is always the host's. A host on a React it cannot run on gets this
 * error when it mounts the widget, instead of a widget half-rendered by another React.
 */
export function assertSharedReact(sharedVersion: string = version): void {
  if (isSupportedReact(sharedVersion)) return;
  throw new Error(
    `connections-widget (Module Federation remote): the host shares React ${sharedVersion}, and the widget needs React ${supportedReactRange}. ` +
      `Share react and react-dom ${supportedReactRange} as singletons from the host, or mount the standalone bundle (connections-widget/standalone), which brings its own React.`,
  );
}

import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { inject } from 'vitest';
import { ConnectionSuccessBanner } from '../../src/components/ConnectionSuccessBanner/ConnectionSuccessBanner';
import { renderWithConnections } from '../support/renderWithConnections';
import packageJson from '../../package.json';

declare module 'vitest' {
  interface ProvidedContext {
    /** The React major a run is meant for: 18 in `npm run test:react18`, the devDependency otherwise. */
    reactMajor?: number;
  }
}

// A run that says it tests React 18 but loads 19 (or mixes the two) would prove nothing.
const expectedMajor = inject('reactMajor') ?? Number(/\d+/.exec(packageJson.devDependencies.react)?.[0]);

describe(`the React this run is for (${expectedMajor})`, () => {
  it('is the one the tests import, with a react-dom of the same version', () => {
    expect(reactVersion.split('.')[0]).toBe(String(expectedMajor));
    expect(reactDomVersion).toBe(reactVersion);
  });

  it('is the one Testing Library, TanStack Query and React Router render with', async () => {
    // Hooks from one React called inside a tree rendered by another throw "Invalid hook call".
    const { findByRole } = renderWithConnections(<ConnectionSuccessBanner onDismiss={() => {}} />);
    expect(await findByRole('status')).toHaveTextContent('Connection successful!');
  });
});

/** The React versions the package's peer range accepts (`^18.3 || ^19`), and what a message calls them. */
export const supportedReactRange = '^18.3 || ^19';

/** Whether `version` (React's own `version` export) lies in `supportedReactRange`. */
export function isSupportedReact(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major === 19 || (major === 18 && (minor ?? 0) >= 3);
}

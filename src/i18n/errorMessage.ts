import { isConnectionsApiError } from '../api/ConnectionsApiError';
import type { Translate } from './formatMessage';

/**
 * The catalog's sentence for a failure. The backend's own `message` is never shown: it is
 * not localized and may carry text the admin should not see.
 */
export function errorMessage(t: Translate, error: unknown): string {
  if (!isConnectionsApiError(error) || error.kind === 'aborted') return t('error.unknown');
  return t(`error.${error.kind}`);
}

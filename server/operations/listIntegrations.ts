import type { OperationHandler } from './OperationHandler';

export const listIntegrations: OperationHandler = ({ backend }) => ({ integrations: backend.integrations });

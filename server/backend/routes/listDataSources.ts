import type { OperationHandler } from '../OperationHandler';

export const listDataSources: OperationHandler = ({ session }) => ({ dataSources: session.dataSources });

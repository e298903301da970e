import { contractOperations, type ContractOperation } from './contractOperations';

/** The operation answering `method` on `path` (relative to the API base), with its raw path segments. */
export function matchOperation(
  method: string,
  path: string,
): { operation: ContractOperation; segments: string[] } | undefined {
  for (const operation of contractOperations) {
    if (operation.method !== method) continue;
    const match = operation.matcher.exec(path);
    if (match) return { operation, segments: match.slice(1) };
  }
  return undefined;
}

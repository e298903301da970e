import document from '../../../src/api/openapi.json';
import {
  dataSourceStatuses,
  dataSourceStatusReasons,
  errorCodes,
  integrationCategories,
  sortColumns,
  sortOrders,
  type EveryOnce,
} from '../../../src/api/contractLists';
import type { DataSourceStatus } from '../../../src/api/types';

const schemas = document.components.schemas as Record<string, { enum?: readonly string[]; description?: string }>;

describe('contractLists', () => {
  it.each([
    ['DataSourceStatus', dataSourceStatuses],
    ['DataSourceStatusReason', dataSourceStatusReasons],
    ['DataSourceSortColumn', sortColumns],
    ['SortOrder', sortOrders],
    ['IntegrationCategory', integrationCategories],
  ])("holds openapi.json's %s enum exactly, in its order", (schema, list) => {
    expect(list).toEqual(schemas[schema]?.enum);
  });

  it('names every enum of openapi.json', () => {
    const enums = Object.keys(schemas).filter((name) => schemas[name]?.enum !== undefined);
    expect(enums.sort()).toEqual(
      ['DataSourceSortColumn', 'DataSourceStatus', 'DataSourceStatusReason', 'IntegrationCategory', 'SortOrder'].sort(),
    );
  });

  it("holds the codes openapi.json's ErrorCode names as known, exactly, in its order", () => {
    // "Known codes: a, b, c (a remark), d. A client must tolerate …": the remarks left out.
    const description = (schemas.ErrorCode?.description ?? '').replace(/\s*\([^)]*\)/g, '');
    const known = /Known codes: ([^.]+)\./.exec(description)?.[1];
    expect(known, 'ErrorCode describes its known codes').toBeDefined();
    expect(errorCodes).toEqual(known?.split(', '));
  });

  it('makes a list that leaves a value out, repeats one or adds one a type error', () => {
    // Checked by tsc (npx tsc --noEmit), each line below but the last failing to compile.
    type EveryStatus = EveryOnce<DataSourceStatus>;
    // @ts-expect-error a status is missing
    void (['success', 'syncing', 'error'] as const satisfies EveryStatus);
    // @ts-expect-error a status is repeated in place of another
    void (['success', 'syncing', 'error', 'error'] as const satisfies EveryStatus);
    // @ts-expect-error a status the contract does not have
    void (['success', 'syncing', 'needs_reauthorization', 'error', 'paused'] as const satisfies EveryStatus);
    void (['error', 'success', 'needs_reauthorization', 'syncing'] as const satisfies EveryStatus);
  });
});

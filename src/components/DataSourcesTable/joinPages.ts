import type { DataSource, DataSourcePage } from '../../api/types';

/** The rows of every page loaded, in order, and how many there are in all. */
export interface JoinedPages {
  dataSources: DataSource[];
  total: number;
}

/**
 * Joins the pages loaded so far. A source that changed between two page requests (renamed,
 * or connected again under the Last Connection Started sort) may come back in a later page: it
 * is kept once, where the later page put it, with that page's data. The total is the latest
 * page's, and never fewer than the rows in hand (sources added between requests).
 */
export function joinPages(pages: readonly DataSourcePage[]): JoinedPages {
  const rows = pages.flatMap((page) => page.dataSources);
  const lastIndex = new Map(rows.map((dataSource, index) => [dataSource.id, index]));
  const dataSources =
    lastIndex.size === rows.length ? rows : rows.filter((row, index) => lastIndex.get(row.id) === index);
  return { dataSources, total: Math.max(pages.at(-1)?.total ?? 0, dataSources.length) };
}

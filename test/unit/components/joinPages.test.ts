import { joinPages } from '../../../src/components/DataSourcesTable/joinPages';
import { dataSourceFixture as source } from '../../support/dataSourceFixture';

const a = source({ id: 'a', name: 'A' });
const b = source({ id: 'b', name: 'B' });
const c = source({ id: 'c', name: 'C' });

describe('joinPages', () => {
  it('joins the pages in order, with the latest total', () => {
    expect(
      joinPages([
        { dataSources: [a, b], nextCursor: 'after-b', total: 4 },
        { dataSources: [c], nextCursor: 'after-c', total: 5 },
      ]),
    ).toEqual({ dataSources: [a, b, c], total: 5 });
  });

  it('keeps a source that came back in a later page once, where and as that page has it', () => {
    const renamed = { ...a, name: 'Z' };
    const joined = joinPages([
      { dataSources: [a, b], nextCursor: 'after-b', total: 3 },
      { dataSources: [c, renamed], nextCursor: null, total: 3 },
    ]);
    expect(joined.dataSources).toEqual([b, c, renamed]);
    expect(joined.total).toBe(3);
  });

  it('never counts fewer than the rows in hand', () => {
    expect(joinPages([{ dataSources: [a, b, c], nextCursor: null, total: 1 }]).total).toBe(3);
    expect(joinPages([])).toEqual({ dataSources: [], total: 0 });
  });
});

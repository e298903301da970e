import { useMemo, useState } from 'react';
import type { DataSource } from 'connections-widget';
import { benchNow } from './generateDataSources';
import './plainTable.css';

type Direction = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true });
const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function ago(startedAt: string | null): string {
  if (startedAt === null) return 'Never';
  const hours = Math.round((Date.parse(startedAt) - benchNow().getTime()) / 3_600_000);
  return Math.abs(hours) < 48 ? relativeTime.format(hours, 'hour') : relativeTime.format(Math.round(hours / 24), 'day');
}

function duration(seconds: number | null): string {
  return seconds === null ? '—' : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/**
 * The baseline: the table a team would write by hand. State for sort and filter, the whole list
 * filtered and sorted on every change, every row rendered (no virtualization, no server).
 */
export function PlainTable({ dataSources }: { dataSources: readonly DataSource[] }) {
  const [query, setQuery] = useState('');
  const [direction, setDirection] = useState<Direction | null>(null);
  const rows = useMemo(() => {
    const needle = query.toLowerCase();
    const found = dataSources.filter(
      ({ name, connection }) => name.toLowerCase().includes(needle) || connection.toLowerCase().includes(needle),
    );
    if (direction === null) return found;
    const sign = direction === 'ascending' ? 1 : -1;
    return found.sort((a, b) => sign * collator.compare(a.name, b.name));
  }, [dataSources, query, direction]);

  return (
    <section className="plain">
      <h2 id="plain-title">Data Sources</h2>
      <label>
        Search data sources <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <table aria-labelledby="plain-title">
        <thead>
          <tr>
            <th scope="col" aria-sort={direction ?? undefined}>
              <button
                type="button"
                onClick={() => setDirection(direction === 'ascending' ? 'descending' : 'ascending')}
              >
                Name
              </button>
            </th>
            <th scope="col">Connection</th>
            <th scope="col">Status</th>
            <th scope="col">Last Connection Started</th>
            <th scope="col">Last Connection Duration</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((source) => (
            <tr key={source.id}>
              <th scope="row">{source.name}</th>
              <td>{source.connection}</td>
              <td>{source.status}</td>
              <td>{ago(source.lastConnectionStartedAt)}</td>
              <td>{duration(source.lastConnectionDurationSeconds)}</td>
              <td>
                <button type="button" aria-label={`Delete ${source.name}`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

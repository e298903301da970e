import { useEffect, useId, useRef, useState } from 'react';
import { useConnections } from '../../context/ConnectionsContext';
import { useDebouncedCallback } from '../../hooks/useDebouncedCallback';
import { searchMaxLength, statusFilters, type DataSourceStatusFilter, type DataSourcesView } from './dataSourcesView';

export interface DataSourcesToolbarProps {
  view: DataSourcesView;
  onViewChange: (view: DataSourcesView) => void;
  /** Puts focus in the search box when it appears (after Clear, whose button goes away). */
  focusSearch: boolean;
}

/** How long typing must pause before the backend is asked: one request per word, not per key. */
const searchDelayMs = 250;

/** The search box and the status filter above the table. */
export function DataSourcesToolbar({ view, onViewChange, focusSearch }: DataSourcesToolbarProps) {
  const { t } = useConnections();
  const searchId = useId();
  const statusId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusSearch) searchRef.current?.focus();
  }, [focusSearch]);
  // What the box shows runs ahead of the view, which follows after a pause in typing.
  const [text, setText] = useState(view.q);
  // The view's search as this toolbar last saw it, and the searches it sent that the view has not
  // shown yet, oldest first: a host (or its router, in a transition) may apply a change a render
  // or more later, and the view catching up with what was typed is no change from outside.
  const [seen, setSeen] = useState(view.q);
  const [sent, setSent] = useState<readonly string[]>([]);
  // Reads the box as it is when the pause ends, not as it was typed: a Clear meanwhile wins.
  const search = useDebouncedCallback(() => {
    if (text === view.q) return;
    setSent((waiting) => [...waiting, text]);
    onViewChange({ ...view, q: text });
  }, searchDelayMs);
  if (view.q !== seen) {
    setSeen(view.q);
    const arrived = sent.indexOf(view.q);
    if (arrived !== -1) {
      // One it sent, and those before it: the box is at or past them.
      setSent(sent.slice(arrived + 1));
    } else {
      // From outside (Back, a link, Clear): the box follows it, and what it sent before is stale.
      setSent([]);
      if (view.q.trim() !== text.trim()) setText(view.q);
    }
  }

  return (
    <div className="cw-data-sources__toolbar">
      <div className="cw-field">
        <label className="cw-field__label" htmlFor={searchId}>
          {t('dataSources.search')}
        </label>
        <input
          ref={searchRef}
          id={searchId}
          className="cw-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={searchMaxLength}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            search();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') search.flush();
          }}
        />
      </div>
      <div className="cw-field">
        <label className="cw-field__label" htmlFor={statusId}>
          {t('dataSources.filter.status')}
        </label>
        <select
          id={statusId}
          className="cw-input"
          value={view.status}
          onChange={(event) => onViewChange({ ...view, status: event.target.value as DataSourceStatusFilter })}
        >
          {statusFilters.map((filter) => (
            <option key={filter} value={filter}>
              {filter === 'all'
                ? t('dataSources.filter.allStatuses')
                : filter === 'attention'
                  ? t('dataSources.filter.needsAttention')
                  : t(`dataSources.status.${filter}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

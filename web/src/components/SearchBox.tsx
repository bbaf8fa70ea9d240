import { useId, useState, type KeyboardEvent } from 'react';
import { useDebounced } from '../lib/use-debounced';
import { useQuery } from '../lib/use-query';
import { SearchDocument } from './search-queries';

export interface SearchHitChoice {
  id: string;
  kind: string;
  name: string;
}

/**
 * Type-ahead over every entity (the API's `search`): a combobox with a listbox of hits, driven by arrow keys,
 * Enter and Escape. `kinds` narrows the hits shown (e.g. companies and facilities only).
 */
export function SearchBox({
  label,
  placeholder,
  kinds,
  onChoose,
}: {
  label: string;
  placeholder?: string;
  kinds?: readonly string[];
  onChoose: (hit: SearchHitChoice) => void;
}) {
  const [text, setText] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 150);
  const listId = useId();
  const inputId = useId();
  const { data, isLoading, error } = useQuery(SearchDocument, { text: query, first: 12 }, { skip: query.length < 1 });
  const hits = (data?.search ?? []).filter((h) => !kinds || kinds.includes(h.kind));
  const show = isOpen && query.length > 0;

  function choose(hit: SearchHitChoice | undefined) {
    if (!hit) return;
    onChoose(hit);
    setText('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="search">
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={show}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={show && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? label}
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {show && (
        <ul id={listId} role="listbox" className="search-results" aria-label={`${label} results`}>
          {error && <li className="search-empty">Search failed: {error.message}</li>}
          {!error && hits.length === 0 && (
            <li className="search-empty">{isLoading ? 'Searching…' : `Nothing matches “${query}”.`}</li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="hit-name">{hit.name}</span>
              <span className={`kind kind-${hit.kind}`}>{hit.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// Debounced live search over actors and claims, so typing does not query the database on every key.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db, search, type SearchResults } from '@/lib/db';

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

export function useSearch(query: string): { query: string; results: SearchResults | undefined } {
  const settled = useDebounced(query.trim(), 150);
  const results = useLiveQuery(() => search(db, settled, 30), [settled]);
  return { query: settled, results };
}

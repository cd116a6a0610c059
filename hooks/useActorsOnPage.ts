// Live list of the actors on one page with their mention counts; re-runs when the background stores new rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { actorsOnPage, db, type ActorOnPage } from '@/lib/db';

export function useActorsOnPage(url: string | null): ActorOnPage[] | undefined {
  return useLiveQuery(() => (url ? actorsOnPage(db, url) : []), [url]);
}

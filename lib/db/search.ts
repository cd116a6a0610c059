// Search over actors (name and alias prefixes) and claims (text contains), bounded so it answers quickly at any size.
import type { ActorRecord, ClaimRecord } from '../model';
import { searchActors } from './actors';
import { searchClaims } from './claims';
import type { FactDatabase } from './database';

export interface SearchResults {
  actors: ActorRecord[];
  claims: ClaimRecord[];
  /** False when the claim search stopped at its bound before reaching the oldest claims. */
  searchedAllClaims: boolean;
}

export async function search(db: FactDatabase, query: string, limit = 20): Promise<SearchResults> {
  const [actors, { claims, searchedAll }] = await Promise.all([searchActors(db, query, limit), searchClaims(db, query, limit)]);
  return { actors, claims, searchedAllClaims: searchedAll };
}

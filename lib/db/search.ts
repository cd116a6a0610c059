// Search over actors (name and alias prefixes) and claims (text contains), bounded so it answers quickly at any size.
import type { ActorRecord, ClaimRecord } from '../model';
import { searchActors } from './actors';
import { searchClaims } from './claims';
import type { FactDatabase } from './database';

export interface SearchResults {
  actors: ActorRecord[];
  claims: ClaimRecord[];
}

export async function search(db: FactDatabase, query: string, limit = 20): Promise<SearchResults> {
  const [actors, claims] = await Promise.all([searchActors(db, query, limit), searchClaims(db, query, limit)]);
  return { actors, claims };
}

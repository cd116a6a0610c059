// The database's public API: open it, the one shared instance, and the reads and writes the rest of the extension uses.
import { openDatabase } from './database';

export { FactDatabase, openDatabase } from './database';
export { saveAnalysis, type PageInput } from './save-analysis';
export { getActorCard } from './actor-card';
export { search, type SearchResults } from './search';
export { getActor, renameActor, searchActors } from './actors';
export { actorHistory, actorHistoryWindow, countActorHistory, claimsOfPage, searchClaims } from './claims';
export { actorsOnPage, mentionsOfPage, type ActorOnPage } from './mentions';
export { getPage, latestPage } from './pages';

/** The extension's database; the background and the panel open the same one by name. */
export const db = openDatabase();

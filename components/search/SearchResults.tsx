// Search results: matching actors (select to see their history) and matching claims from every saved page.
import { useSearch } from '@/hooks/useSearch';
import type { ClaimRecord } from '@/lib/model';
import { StatusMessage } from '../common/StatusMessage';
import { StanceItem } from '../claims/StanceItem';

export function SearchResults({ query, onSelectActor, onOpen }: { query: string; onSelectActor: (id: string) => void; onOpen: (c: ClaimRecord) => void }) {
  const { results } = useSearch(query);
  if (!results) return <StatusMessage kind="loading" title="Searching…" />;
  const partial = results.searchedAllClaims ? null : <p className="meta">Only the most recent claims were searched; try more specific words.</p>;
  if (results.actors.length === 0 && results.claims.length === 0) {
    return (
      <StatusMessage kind="empty" title={`Nothing found for “${query.trim()}”.`}>
        Try a name, part of a name, or words from a quote.
        {partial}
      </StatusMessage>
    );
  }
  return (
    <div className="search-results">
      {results.actors.length > 0 && (
        <section aria-labelledby="found-actors">
          <h3 id="found-actors">Actors</h3>
          <ul className="actor-list">
            {results.actors.map((a) => (
              <li key={a.id}>
                <button type="button" className="actor-button" onClick={() => onSelectActor(a.id)}>
                  <span className={`dot dot-${a.type}`} aria-hidden="true" />
                  <span className="actor-name">{a.name}</span>
                  <span className="mentions">{a.type}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results.claims.length > 0 && (
        <section aria-labelledby="found-claims">
          <h3 id="found-claims">Claims</h3>
          {results.claims.map((c) => (
            <StanceItem key={c.id} claim={c} onOpen={onOpen} showSpeaker />
          ))}
        </section>
      )}
      {partial}
    </div>
  );
}

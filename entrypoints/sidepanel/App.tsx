// Side panel root: which page it is about, and which view shows (search results, one actor, or the page's actors).
import { useState } from 'react';
import { ActorDetail } from '@/components/actors/ActorDetail';
import { openClaim } from '@/components/claims/open-claim';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { ExportPanel } from '@/components/export/ExportPanel';
import { PageView } from '@/components/page/PageView';
import { SearchBox } from '@/components/search/SearchBox';
import { SearchResults } from '@/components/search/SearchResults';
import { useCurrentPage } from '@/hooks/useCurrentPage';
import type { ClaimRecord } from '@/lib/model';

export function App() {
  const current = useCurrentPage();
  const [query, setQuery] = useState('');
  const [actorId, setActorId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const open = async (claim: ClaimRecord) => {
    setNotice(null);
    const outcome = await openClaim(claim, current);
    if (outcome === 'not-found') setNotice('That claim is no longer on the page as it was saved; the page may have changed.');
  };
  const select = (id: string) => {
    setQuery('');
    setActorId(id);
  };

  return (
    <div className="panel">
      <header className="panel-header">
        <h1>Fact Annotator</h1>
        <SearchBox value={query} onChange={setQuery} />
      </header>
      {notice && (
        <p className="note" role="status">
          {notice}
        </p>
      )}
      <main className="panel-main">
        <ErrorBoundary>
          {query.trim() ? (
            <SearchResults query={query} onSelectActor={select} onOpen={open} />
          ) : actorId ? (
            <ActorDetail actorId={actorId} onBack={() => setActorId(null)} onOpen={open} />
          ) : (
            <PageView current={current} onSelectActor={select} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="panel-footer">
        <ErrorBoundary>
          <ExportPanel />
        </ErrorBoundary>
      </footer>
    </div>
  );
}

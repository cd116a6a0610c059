// The current page: its header and its actors, or the state that explains why there is nothing to show yet.
import type { CurrentPage } from '@/hooks/useCurrentPage';
import { useActorsOnPage } from '@/hooks/useActorsOnPage';
import { usePageStatus } from '@/hooks/usePageStatus';
import { StatusMessage } from '../common/StatusMessage';
import { ActorList } from '../actors/ActorList';
import { DetachedList } from './DetachedList';
import { PageHeader } from './PageHeader';

export function PageView({ current, onSelectActor }: { current: CurrentPage; onSelectActor: (id: string) => void }) {
  const actors = useActorsOnPage(current.record?.url ?? null);
  const { record } = current;
  const status = usePageStatus(record === null ? current.tabId : null, current.url);
  if (record === undefined) return <StatusMessage kind="loading" title="Loading this page's actors…" />;
  if (record === null) {
    return current.url ? (
      <StatusMessage kind="empty" title="This page has not been analysed.">
        {status?.note ? (
          <p className="note" role="note">
            {status.note}
          </p>
        ) : status && !status.highlighting ? (
          <p>Highlighting is off for this page, so none of its text was analysed. Turn it on in the toolbar popup.</p>
        ) : (
          <p>Highlighting may be off for this site, or the page has no article text. Turn highlighting on in the toolbar popup and reload the page.</p>
        )}
      </StatusMessage>
    ) : (
      <StatusMessage kind="empty" title="No page analysed yet: open a news article.">
        <p>Actors and claims appear here as soon as an article has been read.</p>
      </StatusMessage>
    );
  }
  return (
    <>
      <PageHeader page={record} />
      <DetachedList tabId={current.tabId} url={current.url} />
      {actors === undefined ? (
        <StatusMessage kind="loading" title="Loading this page's actors…" />
      ) : actors.length === 0 ? (
        <StatusMessage kind="empty" title="No actors found on this page." />
      ) : (
        <ActorList actors={actors} onSelect={onSelectActor} />
      )}
    </>
  );
}

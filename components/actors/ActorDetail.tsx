// One actor: who it is, and its recorded stances across every saved page, newest first.
import { useActorHistory } from '@/hooks/useActorHistory';
import type { ClaimRecord } from '@/lib/model';
import { plural } from '../common/format';
import { StatusMessage } from '../common/StatusMessage';
import { StanceList } from '../claims/StanceList';
import { DossierButton } from '../export/DossierButton';
import { RenameActor } from './RenameActor';

export function ActorDetail({ actorId, onBack, onOpen }: { actorId: string; onBack: () => void; onOpen: (claim: ClaimRecord) => void }) {
  const history = useActorHistory(actorId);
  const { actor, total } = history;
  return (
    <section className="actor-detail" aria-labelledby="actor-heading">
      <div className="detail-bar">
        <button type="button" className="back" onClick={onBack}>
          ← Back
        </button>
        {actor && <DossierButton actorId={actor.id} actorName={actor.name} />}
      </div>
      {actor === undefined || total === undefined ? (
        <StatusMessage kind="loading" title="Loading this actor's stances…" />
      ) : actor === null ? (
        <StatusMessage kind="empty" title="This actor is no longer in your saved pages." />
      ) : (
        <>
          <header className="actor-header">
            <h2 id="actor-heading">{actor.name}</h2>
            <p className="meta">
              <span className={`dot dot-${actor.type}`} aria-hidden="true" /> {actor.type}
              {actor.aliases.length > 0 && <> · also {actor.aliases.slice(0, 5).join(', ')}</>}
            </p>
            <p className="meta">{plural(total, 'recorded claim')}</p>
            <RenameActor key={actor.id} actorId={actor.id} name={actor.name} />
          </header>
          {total === 0 ? (
            <StatusMessage kind="empty" title="No recorded claims by this actor yet.">
              <p>Claims appear here when a page quotes or reports what {actor.name} said.</p>
            </StatusMessage>
          ) : (
            <StanceList history={history} total={total} onOpen={onOpen} />
          )}
        </>
      )}
    </section>
  );
}

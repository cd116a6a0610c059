// The page's actors grouped by type (people, organisations, countries, places), each with its mention count.
import type { ActorOnPage } from '@/lib/db';
import { TYPE_LABELS, TYPE_ORDER } from '../common/format';

export function ActorList({ actors, onSelect }: { actors: ActorOnPage[]; onSelect: (actorId: string) => void }) {
  const groups = TYPE_ORDER.map((type) => ({ type, items: actors.filter((a) => a.actor.type === type) })).filter((g) => g.items.length > 0);
  return (
    <div className="actor-groups">
      {groups.map(({ type, items }) => (
        <section key={type} aria-labelledby={`group-${type}`} className={`actor-group group-${type}`}>
          <h3 id={`group-${type}`}>
            {TYPE_LABELS[type]} <span className="count">({items.length})</span>
          </h3>
          <ul className="actor-list">
            {items.map(({ actor, mentionCount }) => (
              <li key={actor.id}>
                <button type="button" className="actor-button" onClick={() => onSelect(actor.id)} aria-label={`${actor.name}, ${mentionCount} mentions`}>
                  <span className={`dot dot-${actor.type}`} aria-hidden="true" />
                  <span className="actor-name">{actor.name}</span>
                  <span className="mentions" aria-hidden="true">{mentionCount}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

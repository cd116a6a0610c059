// One recorded claim: its words, stance, target, and where and when it was said; activating it opens the source.
import type { ClaimRecord } from '@/lib/model';
import { formatDate } from '../common/format';
import { PolarityBadge } from '../common/PolarityBadge';

export function StanceItem({ claim, onOpen, showSpeaker = false }: { claim: ClaimRecord; onOpen: (claim: ClaimRecord) => void; showSpeaker?: boolean }) {
  return (
    <article className="stance" aria-label={`${claim.polarity ?? 'no stance'}: ${claim.text}`}>
      <div className="stance-head">
        <PolarityBadge polarity={claim.polarity} />
        {claim.target && <span className="target">on {claim.target}</span>}
        {showSpeaker && claim.speakerName && <span className="speaker">{claim.speakerName}</span>}
      </div>
      <blockquote className="claim-text">{claim.text}</blockquote>
      <button type="button" className="source" onClick={() => onOpen(claim)} title={claim.pageUrl}>
        <span className="source-title">{claim.pageTitle || claim.pageUrl}</span>
        <span className="meta">
          {claim.site} · {formatDate(claim.analysedAt)}
        </span>
      </button>
    </article>
  );
}

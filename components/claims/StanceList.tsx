// An actor's stance history as a virtualised list: only rows on screen are in the DOM, so 100,000 claims open at once.
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ActorHistory } from '@/hooks/useActorHistory';
import type { ClaimRecord } from '@/lib/model';
import { StanceItem } from './StanceItem';

const PANEL_RECT = { width: 360, height: 800 };

/** Before layout, or while the panel is hidden (zero height), assume a panel-sized viewport so the first rows still render. */
function observeOrAssume(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : PANEL_RECT));
}

export function StanceList({ history, total, onOpen }: { history: ActorHistory; total: number; onOpen: (claim: ClaimRecord) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 120,
    overscan: 6,
    initialRect: PANEL_RECT,
    observeElementRect: observeOrAssume,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => history.showRange(first, last), [history, first, last]);

  return (
    <div ref={scroller} className="stance-scroller" role="feed" aria-busy={false} aria-label="Recorded stances, newest first">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((row) => {
          const claim = history.claimAt(row.index);
          return (
            <div key={row.key} data-index={row.index} ref={virtualizer.measureElement} className="stance-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }} aria-posinset={row.index + 1} aria-setsize={total}>
              {claim ? <StanceItem claim={claim} onOpen={onOpen} /> : <div className="stance placeholder" aria-hidden="true" />}
            </div>
          );
        })}
      </div>
    </div>
  );
}

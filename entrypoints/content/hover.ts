// Opens the hover card when the pointer rests on (or clicks) a painted highlight; throttled so moving the mouse stays cheap.
import type { ContentScriptContext } from '#imports';
import { HoverCard } from '@/components/hover-card/card';
import { renderActorCard, renderClaim, renderError, renderLoading, type CardSubject } from '@/components/hover-card/render';
import { paintedAt, type PaintedSpan } from '@/lib/highlight';
import type { ActorCard } from '@/lib/messaging/content-to-background';
import { sendToBackground } from './messengers';
import type { PageSession } from './page-session';

const MOVE_THROTTLE_MS = 60;
const HIDE_DELAY_MS = 350;

export function setUpHoverCard(ctx: ContentScriptContext, session: PageSession): void {
  const card = new HoverCard(document);
  const cards = new Map<string, Promise<ActorCard>>();
  let current: PaintedSpan | null = null;
  let lastMove = 0;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const subjectOf = (p: PaintedSpan): CardSubject => {
    const actor = session.plan?.actors.find((a) => a.id === p.span.actorId);
    return { name: actor?.name ?? p.span.text, type: actor?.type ?? p.span.kind };
  };

  const open = (p: PaintedSpan, x: number, y: number) => {
    clearTimeout(hideTimer);
    if (current === p && card.visible) return;
    current = p;
    const rect = [...p.range.getClientRects()].find((r) => y >= r.top - 1 && y <= r.bottom + 1) ?? new DOMRect(x, y, 0, 0);
    const actorId = p.span.actorId;
    if (!actorId) {
      card.show(renderClaim(document, p.span.text), rect);
      return;
    }
    const subject = subjectOf(p);
    card.show(renderLoading(document, subject), rect);
    let request = cards.get(actorId);
    if (!request) {
      request = sendToBackground('getActorCard', { actorId });
      cards.set(actorId, request);
      request.catch(() => cards.delete(actorId));
    }
    request.then(
      (data) => current === p && card.update(renderActorCard(document, data, subject)),
      () => current === p && card.update(renderError(document, subject, 'Could not load this actor’s stances.')),
    );
  };

  const scheduleHide = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      card.hide();
      current = null;
    }, HIDE_DELAY_MS);
  };

  const check = (e: PointerEvent | MouseEvent) => {
    try {
      if (card.owns(e.target)) {
        clearTimeout(hideTimer);
        return;
      }
      const hit = session.highlighting ? paintedAt(session.painter, session.extracted?.map ?? { offsetOf: () => -1 }, document, e.clientX, e.clientY) : null;
      if (hit) open(hit, e.clientX, e.clientY);
      else if (card.visible) scheduleHide();
    } catch {
      /* a hover must never throw into the page */
    }
  };

  // Throttled with a trailing call: where the pointer comes to rest is always checked, however fast it got there.
  let pending: PointerEvent | null = null;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  ctx.addEventListener(document, 'pointermove', (e: PointerEvent) => {
    const wait = lastMove + MOVE_THROTTLE_MS - performance.now();
    if (wait <= 0) {
      lastMove = performance.now();
      check(e);
      return;
    }
    pending = e;
    trailing ??= setTimeout(() => {
      trailing = undefined;
      lastMove = performance.now();
      if (pending) check(pending);
      pending = null;
    }, wait);
  }, { passive: true });
  ctx.addEventListener(document, 'click', (e: MouseEvent) => check(e), { passive: true });
  ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => e.key === 'Escape' && card.hide(), { passive: true });
  ctx.addEventListener(window, 'scroll', () => card.visible && !current?.range.collapsed && (card.hide(), (current = null)), { passive: true });
  // Cards cached for this page go stale once it is analysed again.
  session.onPainted = () => cards.clear();
  ctx.onInvalidated(() => card.destroy());
}

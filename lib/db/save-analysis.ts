// The background's write path: one page's analysis into pages, actors, mentions and claims, in one transaction.
import { describe } from '../anchoring';
import type { Analysis, ClaimRecord, MentionRecord, SpanSelectors } from '../model';
import { upsertActors } from './actors';
import { pageClaimCount, replaceClaims } from './claims';
import type { FactDatabase } from './database';
import { mentionCountsOfPage, replaceMentions } from './mentions';
import { putPage } from './pages';

export interface PageInput {
  url: string;
  title: string;
  site: string;
  /** Why the text was cut short or skipped, if it was. */
  truncated?: string;
  /** Where `text` starts in the page's full text: 0 replaces the page's rows, more adds text that appeared later. */
  offset?: number;
}

export async function saveAnalysis(db: FactDatabase, page: PageInput, text: string, analysis: Analysis): Promise<void> {
  const offset = page.offset ?? 0;
  const now = Date.now();
  const select = (start: number, end: number): SpanSelectors => shift(describe(text, start, end), offset);
  const mentions: MentionRecord[] = analysis.actors.flatMap((actor) =>
    actor.mentions.map((m) => ({ pageUrl: page.url, actorId: actor.id, start: m.start + offset, end: m.end + offset, text: m.text, selectors: select(m.start, m.end) })),
  );
  const claims: ClaimRecord[] = analysis.claims.map((c) => ({
    id: `${page.url}#${c.start + offset}-${c.end + offset}`,
    pageUrl: page.url,
    pageTitle: page.title,
    site: page.site,
    analysedAt: now,
    start: c.start + offset,
    end: c.end + offset,
    text: c.text,
    kind: c.kind,
    cue: c.cue?.text ?? null,
    speakerActorId: c.speaker?.actorId ?? null,
    speakerName: c.speaker?.name ?? null,
    polarity: c.stance?.polarity ?? null,
    target: c.stance?.target || null,
    targetActorIds: c.stance?.targetActorIds ?? [],
    topic: c.stance?.topic || null,
    selectors: select(c.start, c.end),
  }));

  await db.transaction('rw', [db.pages, db.actors, db.pageMentions, db.claims, db.actorStats], async () => {
    const old = offset > 0 ? await db.pages.get(page.url) : undefined;
    await upsertActors(db, analysis.actors, now);
    await replaceMentions(db, page.url, offset, mentions);
    await replaceClaims(db, page.url, offset, claims);
    // Counts come from the stored rows so a later slice of the page adds to, rather than overwrites, the first.
    const actorsMentioned = (await mentionCountsOfPage(db, page.url)).size;
    const truncated = [old?.truncated, page.truncated].filter(Boolean).join('; ') || undefined;
    await putPage(db, {
      url: page.url,
      title: page.title || old?.title || page.url,
      site: page.site,
      analysedAt: now,
      textLength: Math.max(old?.textLength ?? 0, offset + text.length),
      actorCount: actorsMentioned,
      claimCount: await pageClaimCount(db, page.url),
      ...(truncated ? { truncated } : {}),
    });
  });
}

function shift(s: SpanSelectors, by: number): SpanSelectors {
  return by === 0 ? s : { ...s, position: { start: s.position.start + by, end: s.position.end + by } };
}

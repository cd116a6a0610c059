// W3C Web Annotation (JSON-LD) export: one Annotation per claim and per mention, each with quote and position selectors.
import type { FactDatabase } from '../db';
import { claimTotal, forEachClaimBatch, forEachMentionBatch, mentionTotal } from '../db/batches';
import { toW3CSelectors, type TextPositionSelector, type TextQuoteSelector } from '../anchoring';
import type { ActorRecord, ClaimRecord, MentionRecord, SpanSelectors } from '../model';
import { claimRecordOf, mentionRecordOf } from '../db/stored-rows';
import { BlobWriter, JSON_LD_TYPE } from './output';
import { yieldToUi, type OnProgress } from './progress';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GENERATOR = { id: 'urn:fact-annotator', type: 'Software', name: 'Fact Annotator' };

interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging' | 'identifying';
  value: string;
  format?: 'text/plain';
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'describing' | 'identifying';
  created: string;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

function target(source: string, s: SpanSelectors): WebAnnotation['target'] {
  return { source, selector: toW3CSelectors(s) };
}

const tag = (value: string): TextualBody => ({ type: 'TextualBody', purpose: 'tagging', value });

/** A claim as an annotation: a readable description plus machine-readable tags for speaker, polarity, target and kind. */
export function claimAnnotation(c: ClaimRecord): WebAnnotation {
  const who = c.speakerName ?? 'unattributed';
  const stance = c.polarity ? ` (${c.polarity}${c.target ? `: ${c.target}` : ''})` : '';
  const body: TextualBody[] = [
    { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `${c.kind} claim by ${who}${stance}` },
    tag(`kind:${c.kind}`),
    tag(`speaker:${c.speakerActorId ?? who}`),
  ];
  if (c.polarity) body.push(tag(`polarity:${c.polarity}`));
  if (c.target) body.push(tag(`target:${c.target}`));
  if (c.topic) body.push(tag(`topic:${c.topic}`));
  return { id: `urn:fact-annotator:claim:${encodeURIComponent(c.id)}`, type: 'Annotation', motivation: 'describing', created: new Date(c.analysedAt).toISOString(), body, target: target(c.pageUrl, c.selectors) };
}

/** A mention as an annotation identifying which actor the words stand for. */
export function mentionAnnotation(m: MentionRecord, actor: ActorRecord | undefined, created: number): WebAnnotation {
  const name = actor?.name ?? m.actorId;
  return {
    id: `urn:fact-annotator:mention:${encodeURIComponent(`${m.pageUrl}#${m.start}-${m.end}:${m.actorId}`)}`,
    type: 'Annotation',
    motivation: 'identifying',
    created: new Date(created).toISOString(),
    body: [
      { type: 'TextualBody', purpose: 'identifying', format: 'text/plain', value: `${name} (${actor?.type ?? 'other'})` },
      tag(`actor:${m.actorId}`),
      tag(`type:${actor?.type ?? 'other'}`),
    ],
    target: target(m.pageUrl, m.selectors),
  };
}

/** An AnnotationCollection whose single page lists every claim and mention, written into a Blob a batch at a time. */
export async function exportWebAnnotations(db: FactDatabase, onProgress?: OnProgress, now = new Date()): Promise<Blob> {
  const actors = new Map((await db.actors.toArray()).map((a) => [a.id, a]));
  const analysedAt = new Map((await db.pages.toArray()).map((p) => [p.url, p.analysedAt]));
  const [claimCount, mentionCount] = await Promise.all([claimTotal(db), mentionTotal(db)]);
  const total = claimCount + mentionCount;
  let done = 0;
  const out = new BlobWriter(JSON_LD_TYPE);
  out.write(
    `{"@context":${JSON.stringify(ANNO_CONTEXT)},"id":"urn:fact-annotator:export:${now.getTime()}","type":"AnnotationCollection",` +
      `"label":"Fact Annotator export","generator":${JSON.stringify(GENERATOR)},"generated":${JSON.stringify(now.toISOString())},"total":${total},` +
      `"first":{"type":"AnnotationPage","startIndex":0,"items":[`,
  );
  let first = true;
  const push = async (items: WebAnnotation[]) => {
    if (items.length === 0) return;
    out.write((first ? '' : ',') + JSON.stringify(items).slice(1, -1));
    first = false;
    onProgress?.((done += items.length), total);
    await yieldToUi();
  };
  await forEachClaimBatch(db, 1_000, (rows) => push(rows.map((c) => claimAnnotation(claimRecordOf(c)))));
  await forEachMentionBatch(db, 50, (rows) => push(rows.map((m) => mentionAnnotation(mentionRecordOf(m), actors.get(m.actorId), analysedAt.get(m.pageUrl) ?? now.getTime()))));
  out.write(']}}');
  return out.result;
}

// Test stand-in for the statistical tagger: the test text marks its entity spans as "[PER Angela Merkel]", and the
// tagger returns exactly those spans, so linking is tested apart from tagging.
import { tokensStage } from '../../../lib/pipeline/01-tokens';
import { actorsStage } from '../../../lib/pipeline/02-actors';
import type { ActorCorrection } from '../../../lib/pipeline/actors/corrections';
import { type EntityLabel, type Mention, newDoc, type PipelineDoc } from '../../../lib/pipeline/document';
import type { EntityTagger } from '../../../lib/pipeline/resources';

const MARK = /\[(PER|ORG|LOC|MISC) ([^\]]+)\]/g;

export function parseMarked(marked: string): { text: string; spans: { start: number; end: number; label: EntityLabel }[] } {
  let text = '';
  let last = 0;
  const spans: { start: number; end: number; label: EntityLabel }[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + m[2].length, label: m[1] as EntityLabel });
    text += m[2];
    last = m.index! + m[0].length;
  }
  return { text: text + marked.slice(last), spans };
}

export function markedTagger(spans: { start: number; end: number; label: EntityLabel }[]): EntityTagger {
  return {
    tag(doc: PipelineDoc): Mention[] {
      return spans.map((s) => {
        const tokenStart = doc.tokens.findIndex((t) => t.start >= s.start);
        let tokenEnd = tokenStart;
        while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd].end <= s.end) tokenEnd++;
        return { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), tokenStart, tokenEnd, label: s.label, source: 'tagger' };
      });
    },
  };
}

/** Runs tokens and actors over marked text; returns the document with doc.actors and doc.mentions filled. */
export function linkMarked(marked: string, corrections: ActorCorrection[] = []): PipelineDoc {
  const { text, spans } = parseMarked(marked);
  const doc = newDoc('test', text);
  tokensStage(doc);
  actorsStage(doc, { tagger: markedTagger(spans), corrections });
  return doc;
}

/** Actor id -> the texts of its mentions, in order: what a reader sees highlighted per actor. */
export function mentionsByActor(doc: PipelineDoc): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of doc.actors.values()) out[a.id] = [...a.mentions].sort((x, y) => x.start - y.start).map((m) => m.text);
  return out;
}

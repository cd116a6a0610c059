// Test helpers: small hand-made analyses over short texts, and a fresh fake-indexeddb database per test.
import 'fake-indexeddb/auto';
import type { Actor, ActorType, Analysis, Claim, Polarity } from '../../lib/model';
import { openDatabase } from '../../lib/db';

let n = 0;
export const freshDb = () => openDatabase(`test-${Date.now()}-${++n}`);

/** Finds every occurrence of each of an actor's words in the text, so offsets are always right. */
export function actor(text: string, id: string, name: string, type: ActorType, words: string[] = [name]): Actor {
  const mentions = words.flatMap((w) => {
    const out = [];
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) out.push({ start: i, end: i + w.length, text: w });
    return out;
  });
  return { id, name, type, aliases: [], mentions };
}

export function claim(text: string, quote: string, speaker: Actor | null, polarity: Polarity | null, target = '', topic = ''): Claim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return {
    start,
    end: start + quote.length,
    text: quote,
    kind: 'direct',
    cue: null,
    speaker: speaker ? { actorId: speaker.id, name: speaker.name, start: null, end: null } : null,
    stance: polarity ? { polarity, target, targetActorIds: [], topic } : null,
  };
}

export function analysis(actors: Actor[], claims: Claim[]): Analysis {
  return { id: 'doc', actors, claims };
}

/** Page one: a spokesman opposes a membership; page two: the same spokesman again, on another site. */
export const PAGE_ONE_TEXT = 'Anna Berg, a spokeswoman for Norland, said "we reject any expansion of the pact" on Monday. The Pact Council declined to comment.';
export const PAGE_TWO_TEXT = 'Speaking in Oslo, Berg said that Norland "supports the new trade deal" with its neighbours.';

export function pageOne(): Analysis {
  const t = PAGE_ONE_TEXT;
  const berg = actor(t, 'person:anna-berg', 'Anna Berg', 'person');
  const norland = actor(t, 'country:norland', 'Norland', 'country');
  const council = actor(t, 'organization:pact-council', 'Pact Council', 'organization');
  return analysis([berg, norland, council], [claim(t, 'we reject any expansion of the pact', berg, 'oppose', 'expansion of the pact', 'expansion:pact')]);
}

export function pageTwo(): Analysis {
  const t = PAGE_TWO_TEXT;
  const berg = actor(t, 'person:anna-berg', 'Anna Berg', 'person', ['Berg']);
  const norland = actor(t, 'country:norland', 'Norland', 'country');
  const oslo = actor(t, 'place:oslo', 'Oslo', 'place');
  return analysis([berg, norland, oslo], [claim(t, 'supports the new trade deal', berg, 'support', 'the new trade deal', 'trade-deal')]);
}

export const PAGE_ONE = { url: 'https://news.example/one', title: 'Norland rejects expansion', site: 'news.example' };
export const PAGE_TWO = { url: 'https://other.example/two', title: 'Trade deal welcomed', site: 'other.example' };

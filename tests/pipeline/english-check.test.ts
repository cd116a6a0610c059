// Pages in other languages are left unread with a reason, instead of being filled with wrong names and claims.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../lib/pipeline';
import { loadNodeResources } from '../../lib/pipeline/node-resources';

const pipeline = createPipeline(loadNodeResources());

const SPANISH =
  'El presidente del Gobierno, Pedro Sánchez, afirmó este martes que las negociaciones con los socios europeos ' +
  'avanzan a buen ritmo. «Estamos muy cerca de un acuerdo», dijo Sánchez ante los periodistas en Bruselas. La ' +
  'oposición, sin embargo, criticó duramente la propuesta y anunció que votará en contra en el Congreso de los ' +
  'Diputados la próxima semana, según fuentes del partido consultadas por este periódico.';
const GERMAN =
  'Bundeskanzler Olaf Scholz hat am Dienstag erklärt, die Regierung werde die Hilfen für die Ukraine fortsetzen. ' +
  '„Wir stehen an der Seite der Ukraine“, sagte Scholz vor Journalisten in Berlin. Die Opposition warf der ' +
  'Regierung dagegen vor, zu zögerlich zu handeln, und forderte schnellere Lieferungen von Waffen und Munition ' +
  'an das Land, das sich seit mehr als zwei Jahren gegen den Angriff verteidigt.';
const ENGLISH =
  'Prime Minister Pedro Sánchez said on Tuesday that talks with European partners were moving at a good pace. ' +
  '“We are very close to an agreement,” Sánchez told reporters in Brussels. The opposition, however, sharply ' +
  'criticised the proposal and said it would vote against it in parliament next week, according to party sources.';

describe('language check', () => {
  it('reads nothing in a Spanish or German article, and says why', () => {
    for (const text of [SPANISH, GERMAN]) {
      const out = pipeline.analyse(text);
      expect(out.actors).toEqual([]);
      expect(out.claims).toEqual([]);
      expect(out.skipped).toMatch(/not look like English/);
    }
  });

  it('reads an English article about the same events', () => {
    const out = pipeline.analyse(ENGLISH);
    expect(out.skipped).toBeUndefined();
    expect(out.actors.map((a) => a.name)).toContain('Pedro Sánchez');
    expect(out.claims.length).toBeGreaterThanOrEqual(2);
  });

  it('still reads a short English passage with few function words, such as a headline', () => {
    const out = pipeline.analyse('Merkel: Europe must act now');
    expect(out.skipped).toBeUndefined();
  });
});

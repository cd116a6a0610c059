// In-document coreference as a reader resolves it: surnames, acronyms, descriptive nouns, well-known leaders.
import { describe, expect, it } from 'vitest';
import { linkMarked, mentionsByActor } from './marked-tagger';

describe('coreference', () => {
  it('resolves a surname to the full name mentioned earlier', () => {
    const doc = linkMarked('[PER Angela Merkel] arrived late. [PER Merkel] said the talks were useful.');
    expect(mentionsByActor(doc)).toEqual({ 'person:angela-merkel': ['Angela Merkel', 'Merkel'] });
  });

  it('resolves a surname even when the tagger gave it another label', () => {
    const doc = linkMarked('[PER Jane Okafor] spoke first. Later [ORG Okafor] added a warning.');
    expect(mentionsByActor(doc)).toEqual({ 'person:jane-okafor': ['Jane Okafor', 'Okafor'] });
  });

  it('resolves a surname after a name with a generational suffix', () => {
    const doc = linkMarked('[PER Martin Luther King Jr.] marched. [PER King] spoke last.');
    expect(mentionsByActor(doc)).toEqual({ 'person:martin-luther-king-jr': ['Martin Luther King Jr.', 'King'] });
  });

  it('reads a name the tagger split at a middle initial as one person, with or without the initial', () => {
    const doc = linkMarked('[PER Robert] M. [PER Danin], a former official, spoke first. [PER Robert Danin] left early. [PER Danin] stayed.');
    expect(mentionsByActor(doc)).toEqual({ 'person:robert-m-danin': ['Robert M. Danin', 'Robert Danin', 'Danin'] });
  });

  it('reads a short first name as the same person ("Ken Starr", "Kenneth Starr"), but not one of the other sex', () => {
    const doc = linkMarked('[PER Ken Starr] led the inquiry. [PER Kenneth Starr] later wrote a book. [PER Dan Lee] and [PER Dana Lee] disagreed.');
    expect(mentionsByActor(doc)).toEqual({ 'person:ken-starr': ['Ken Starr', 'Kenneth Starr'], 'person:dan-lee': ['Dan Lee'], 'person:dana-lee': ['Dana Lee'] });
  });

  it('knows "Donald J. Trump" as the listed Donald Trump', () => {
    const doc = linkMarked('[PER Donald J]. [PER Trump] spoke in Ohio.');
    expect(mentionsByActor(doc)).toEqual({ 'person:donald-trump': ['Donald J. Trump'] });
  });

  it('gives a surname two people share to the one named in full first, never to a third actor', () => {
    const doc = linkMarked('[PER Hillary Clinton] spoke in Ohio. Her husband, [PER Bill Clinton], joined her. [PER Clinton] said jobs mattered.');
    expect(mentionsByActor(doc)).toEqual({
      'person:hillary-clinton': ['Hillary Clinton', 'Clinton'],
      'person:bill-clinton': ['Bill Clinton'],
    });
  });

  it('never gives a shared surname to a tagger slip such as a slogan read as a name', () => {
    const doc = linkMarked('Protesters held signs reading [PER Dump Trump]. [PER Donald Trump] ignored them. [PER Trump] spoke for an hour.');
    expect(mentionsByActor(doc)['person:donald-trump']).toEqual(['Donald Trump', 'Trump']);
  });

  it('reads a lone family name written first ("Yoon" of Yoon Suk Yeol) as that person', () => {
    const doc = linkMarked('President [PER Yoon Suk Yeol] apologized on Saturday. [PER Yoon] said he would not do it again.');
    expect(mentionsByActor(doc)).toEqual({ 'person:yoon-suk-yeol': ['Yoon Suk Yeol', 'Yoon'] });
  });

  it('never gives a shared surname to the writer a byline names first', () => {
    const doc = linkMarked('By [PER Jo Park] and [PER Ann Lee]\n[PER Tom Lee], the mayor, spoke on Monday. [PER Lee] said the budget would pass.');
    expect(mentionsByActor(doc)['person:tom-lee']).toEqual(['Tom Lee', 'Lee']);
    // "By the way" opens no byline: the person named first keeps the surname.
    const prose = linkMarked('By the way, [PER Ann Lee] spoke first.\n[PER Tom Lee] spoke on Monday. [PER Lee] said the budget would pass.');
    expect(mentionsByActor(prose)['person:ann-lee']).toEqual(['Ann Lee', 'Lee']);
  });

  it('reads "Mr. Okafor" as a person wherever else the tagger took the name for an organisation', () => {
    const doc = linkMarked('[ORG Okafor Holdings Says] nothing. [ORG Okafor] grew fast. Mr. [ORG Okafor] has called for more roads.');
    expect(Object.entries(mentionsByActor(doc)).find(([id]) => id.startsWith('person:'))?.[1]).toEqual(['Okafor']);
  });

  it('reads "Mr." and "Mrs." before a shared surname as the man or the woman of that name', () => {
    const doc = linkMarked('[PER Hillary Clinton] and [PER Bill Clinton] arrived. Mrs. [PER Clinton] spoke; Mr. [PER Clinton] did not.');
    expect(mentionsByActor(doc)).toEqual({
      'person:hillary-clinton': ['Hillary Clinton', 'Clinton'],
      'person:bill-clinton': ['Bill Clinton', 'Clinton'],
    });
  });

  it('never gives "Mrs. X" to the only man the text names X', () => {
    const doc = linkMarked('[PER Bill Clinton] was absent. Mrs. [PER Clinton] said she would run.');
    expect(Object.keys(mentionsByActor(doc)).sort()).toEqual(['person:bill-clinton', 'person:clinton']);
  });

  it('links an acronym to its spelled-out name and back', () => {
    const doc = linkMarked(
      'The [ORG European External Action Service] ([ORG EEAS]) issued a note. The [ORG EEAS] later withdrew it.',
    );
    expect(mentionsByActor(doc)).toEqual({
      'organization:european-external-action-service': ['European External Action Service', 'EEAS', 'EEAS'],
    });
  });

  it('links a known acronym and its expansion to one organisation', () => {
    const doc = linkMarked('The [ORG North Atlantic Treaty Organization] ([ORG NATO]) met. [ORG NATO] agreed.');
    expect(mentionsByActor(doc)).toEqual({ 'organization:nato': ['North Atlantic Treaty Organization', 'NATO', 'NATO'] });
  });

  it('links "the bloc" back to the European Union and "the alliance" back to NATO', () => {
    const doc = linkMarked(
      'The [ORG European Union] ([ORG EU]) met [ORG NATO] envoys. The bloc wants more, and the alliance agreed.',
    );
    const byActor = mentionsByActor(doc);
    expect(byActor['organization:european-union']).toEqual(['European Union', 'EU', 'The bloc']);
    expect(byActor['organization:nato']).toEqual(['NATO', 'the alliance']);
    // Descriptive phrases are mentions, not aliases.
    expect(doc.actors.get('organization:european-union')?.aliases).toEqual(['EU']);
  });

  it('does not link a descriptive noun with no antecedent, or one that starts another name', () => {
    const doc = linkMarked('The alliance of farmers protested. [ORG NATO] met the Alliance Party.');
    expect(mentionsByActor(doc)).toEqual({ 'organization:nato': ['NATO'] });
  });

  it('gives a lone surname of a well-known leader the full name', () => {
    const doc = linkMarked('[PER Macron] called [PER Scholz] on Monday.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['person:emmanuel-macron', 'person:olaf-scholz']);
  });

  it('prefers the full name in the article over the leaders list', () => {
    const doc = linkMarked('[PER Hannah Putin], a teacher, spoke. [PER Putin] smiled.');
    expect(mentionsByActor(doc)).toEqual({ 'person:hannah-putin': ['Hannah Putin', 'Putin'] });
  });

  it('resolves a company named without its legal form, and splits names the tagger joined with "or"', () => {
    const doc = linkMarked('[ORG Alibaba Group] grew. [PER Alibaba] and [ORG Google or Facebook] may bid.');
    expect(mentionsByActor(doc)).toEqual({
      'organization:alibaba-group': ['Alibaba Group', 'Alibaba'],
      'organization:google': ['Google'],
      'organization:facebook': ['Facebook'],
    });
  });

  it('types the first word of an organisation name in the text as an organisation', () => {
    const doc = linkMarked('[ORG Yahoo Japan] is separate. [PER Yahoo] sold its core business.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:yahoo-japan', 'organization:yahoo']);
  });

  it('rejoins a name the tagger split at its particles', () => {
    const doc = linkMarked('Commission President [PER Ursula] von der [PER Leyen] spoke.');
    expect(mentionsByActor(doc)).toEqual({ 'person:ursula-von-der-leyen': ['Ursula von der Leyen'] });
  });

  it('links an organisation named by its head word alone, unless two share it', () => {
    const one = linkMarked('The [ORG Federal Trade Commission] sued. The [ORG Commission] said more would follow.');
    expect(mentionsByActor(one)).toEqual({ 'organization:federal-trade-commission': ['Federal Trade Commission', 'Commission'] });
    const two = linkMarked('The [ORG Trade Commission] and the [ORG Energy Commission] met. The [ORG Commission] adjourned.');
    expect(Object.keys(mentionsByActor(two))).toContain('organization:commission');
  });

  it('does not read a place as the tail of an institution named after it', () => {
    const doc = linkMarked('The [ORG University of Texas] grew. [LOC Texas] voted.');
    expect(Object.keys(mentionsByActor(doc))).toEqual(['organization:university-of-texas', 'place:texas']);
  });
});

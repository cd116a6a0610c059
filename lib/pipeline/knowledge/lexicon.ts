// Word lists the actor linker consults (all lowercase): titles, institution nouns, agent nouns, weapon nouns,
// locative prepositions and page-chrome labels. Sets, so every lookup is one hash probe.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words of a role or title: they precede a person's name but are not part of it ("Secretary-General Antonio Guterres"). */
export const TITLE_WORDS = set(`
  president vice-president prime minister premier chancellor secretary secretary-general general deputy foreign
  defence defense interior finance economy trade justice health education energy state home first lady
  spokesman spokeswoman spokesperson envoy ambassador special representative commissioner chief head leader
  king queen prince princess crown sheikh emir sultan pope cardinal archbishop bishop rev reverend
  senator sen rep representative congressman congresswoman governor gov mayor lawmaker mp mep speaker
  mr mrs ms miss dr prof professor sir dame lord lady judge justice attorney chairman chairwoman chair ceo cfo
  director adviser advisor aide official officer colonel col lieutenant lt major maj captain capt sergeant sgt
  admiral commander marshal field gen brig brigadier former acting outgoing incoming then late supreme
  opposition ruling party candidate nominee secretary-of-state press national security
`);

/** Last words that make a name an organisation whatever the tagger said ("Muslim Brotherhood", "Labour Party"). */
export const ORGANIZATION_ENDINGS = set(`
  party brotherhood council museum ministry university college school association front movement union bank group
  inc inc. corp corp. co ltd llc plc company corporation committee commission agency institute foundation center centre
  court church army league federation organization organisation authority department bureau service services network
  times post journal news press television tv radio airlines airways club fund forum alliance coalition trust
  holdings partners capital technologies systems motors labs
`);

/** Legal-form endings dropped in short references ("Alibaba" for "Alibaba Group"). */
export const CORPORATE_ENDINGS = set('group inc inc. corp corp. co co. ltd llc plc company corporation holdings international');

/** Last words that make a name a place ("Tahrir Square", "Nile River"). */
export const PLACE_ENDINGS = set(`
  street square avenue road river mountains mountain island islands province region county district city valley
  sea ocean lake bay strait peninsula desert
`);

/** Titles that only ever name a person's role, so one inside an organisation or place span ends that name. */
export const PERSON_TITLES = set(`
  president vice-president senator sen rep congressman congresswoman governor gov mayor minister premier chancellor
  secretary secretary-general spokesman spokeswoman spokesperson ambassador envoy chairman chairwoman ceo chief
  mr mrs ms dr prof king queen pope sheikh emir
`);

/** Nouns that make "<country or demonym> [modifiers] <noun>" an institution of that country. */
export const INSTITUTION_HEADS = set(`
  ministry ministries administration government embassy embassies army parliament military navy cabinet
  consulate legislature senate congress presidency intelligence police forces junta regime
`);

/** Heads that are also adjectives ("U.S. military aid"): an institution only when no noun follows. */
export const ADJECTIVAL_HEADS = set('military intelligence');

/** Modifiers allowed between the country and the institution noun ("Ukrainian foreign ministry"). */
export const INSTITUTION_MODIFIERS = set(`
  foreign defence defense interior finance economy economic trade justice health education energy
  agriculture culture environment emergency emergencies home state federal national central armed air
  security transition transitional interim new current previous outgoing incoming
`);

/** Nouns after a demonym that make it stand for the country as an actor ("Chinese officials", "Russian aggression"). */
export const AGENT_HEADS = set(`
  official officials government authorities authority leader leaders leadership president prime minister ministers
  ministry diplomat diplomats envoy envoys ambassador spokesman spokeswoman spokesperson negotiators delegation
  forces troops soldiers military army navy armed aggression invasion attack attacks strike strikes offensive
  occupation counterpart counterparts side regime junta state lawmakers parliament intelligence
  embassy chancellor foreign defense defence counteroffensive shelling missiles drones warplanes aid sanctions
  position demands proposal proposals stance policy demand claims
`);

/** Nouns that make a preceding name a weapon or product, not an actor ("Arrow systems", "the THAAD battery"). */
export const WEAPON_HEADS = set(`
  system systems missile missiles rocket rockets launcher launchers interceptor interceptors battery batteries
  jet jets fighter fighters tank tanks drone drones howitzer howitzers vehicle vehicles helicopter helicopters
  aircraft warplane warplanes submarine submarines frigate destroyer destroyers munitions munition shells
  rifle rifles radar radars platform platforms vaccine vaccines app apps software device devices model models
`);

/** Lowercase words that may sit between a weapon's name and its head noun ("Patriot air defense systems"). */
export const WEAPON_MODIFIERS = set(`
  air defense defence missile anti-aircraft anti-missile anti-tank ballistic cruise hypersonic long-range
  medium-range short-range fighter combat battle surface-to-air mobile artillery
`);

/** Words before a place name that make it a venue, not a stand-in for its country ("convene in Brussels"). */
export const LOCATIVE_PREPOSITIONS = set('in at near outside inside within around throughout across into via');

/** Single words that are page furniture or calendar terms, never actors even when capitalised. */
export const NON_ACTOR_WORDS = set(`
  comments comment share shares tweet print email subscribe subscription newsletter advertisement advert ad ads
  sponsored related more menu home search login log sign register follow reply replies video videos photo photos
  image images gallery watch listen read updated published copyright getty cookies privacy terms
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow tonight breaking live opinion analysis editorial
  sport sports business politics world news top trending podcast podcasts newsletters
  god christmas easter ramadan policy privacy terms service contact help about badge badges rss feedback
  careers advertise store shop account sitemap faq settings
`);

/** Religions, ethnic and regional groups: adjectives like demonyms, but of no single country, so never a country actor. */
export const GROUP_ADJECTIVES = set(`
  muslim muslims christian christians jewish jew jews arab arabs sunni sunnis shia shiite shiites kurdish kurd kurds
  western westerner westerners european europeans african africans asian asians latino latinos hispanic hispanics
  catholic catholics protestant protestants hindu hindus buddhist buddhists roman islamist islamists orthodox
  evangelical evangelicals nordic baltic
`);

/** Possessive and other clitic tokens the tokenizer splits off names. */
export const CLITICS = set(`'s ’s ' ’`);

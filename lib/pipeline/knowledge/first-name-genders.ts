// First names the news treats as a woman's or a man's, derived by scripts/derive-first-names.ts from PolNeAR and CoNLL train.
// Generated: do not edit by hand. A person's own article outweighs this list (claims/person-gender.ts).
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
    'Angela Carly Chelsea Debbie Elizabeth Hillary Jane Jennifer Kelly Mary Nancy Rachel Sarah'
).split(' '));
export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
    'Abraham Ahmed Al Alan Alex Alexander Andrew Anthony Barack Ben Benjamin Bernie Bill Bob Bobby Boris Brian ' +
    'Bruce Carlos Chris Chuck Colin Corey Dan Daniel David Don Donald Ed Eric Frank Gary Geoff George Glenn Harry ' +
    'Howard Jack James Jared Jason Jeb Jeff Jim Jimmy Joe John Jon Josh Justin Kevin Lindsey Marc Marco Mark Martin ' +
    'Matt Michael Mike Mitch Mitt Neil Newt Omar Patrick Paul Peter Phil Philip Rahm Rand Reince Richard Rick Rob ' +
    'Robby Robert Roger Ron Ronald Scott Sean Stephen Steve Steven Ted Thomas Tim Tom Vladimir William Yasser'
).split(' '));

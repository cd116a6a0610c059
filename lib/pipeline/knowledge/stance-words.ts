// Hand-made stance vocabulary of general English (support/oppose weights, negators); it outranks the derived weights.
const weigh = (words: string, w: number): [string, number][] => words.split(' ').map((x) => [x, w]);

export const HAND_STANCE_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ...weigh(
    'support supports supported supporting supportive backs backed backing endorse endorses endorsed endorsing welcome welcomes welcomed ' +
      'praise praises praised praising applaud applauded thank thanked favor favors favour favours approve approved ' +
      'press presses pressed pressing push pushes pushing urge urges urged urging promise promises promised promising pledge pledged vow vowed ' +
      'guarantee guarantees security strength willing willingness eager committed commitment aid assistance help helps helped ' +
      'thanks hail hailed defend defends defended defending ' +
      'convinced need needs must essential sure priority focus agree agreed agrees deal peace hope hopes proud great good',
    1,
  ),
  ...weigh(
    'oppose opposes opposed opposing opposition reject rejects rejected rejecting unacceptable condemn condemns condemned ' +
      'criticize criticizes criticized criticise criticised criticism critic critical attack attacks attacked attacking blast blasted slam slammed ' +
      'accuse accuses accused accusing blame blames blamed deny denies denied dismiss dismissed hesitant reluctant unwilling ' +
      'warn warns warned shelve shelving shelved abandon abandoning scrap scrapping halt halting block blocking suspend veto ' +
      'questioned questions lamented lamented assail assailed castigate castigated mock mocked ridicule ridiculed skeptical sceptical wary ' +
      'threat threatens threatened aggression wrong bad terrible disgraceful dangerous lie lies liar fraud failure unfit undermine denounce denounced',
    -1,
  ),
]);

/**
 * Evaluative words a claim's polarity reads besides the weights above: "called the ruling a travesty", "said the
 * sentence was excessive". Hand-made from general English. Kept apart because the relation classifier was trained on
 * the weights above as features, and a changed feature would no longer mean what it meant in training.
 */
export const EVALUATIVE_WORDS: ReadonlyMap<string, number> = new Map([
  ...weigh('victory success successful historic breakthrough progress constructive encouraging pleased delighted grateful relieved', 1),
  ...weigh(
    'travesty excessive outrageous unfair unjust shameful disgrace appalling absurd ridiculous reckless irresponsible unconstitutional ' +
      'disaster disastrous catastrophic mistake misguided flawed hypocritical corrupt cruel inhumane betrayal sham hoax alarming troubling ' +
      'disappointed disappointing',
    -1,
  ),
  // Inflections of stance verbs missing from the hand weights ("temporarily blocked a state law"), here rather than
  // there so that the relation classifier's features mean what they meant when it was trained.
  ...weigh('blocked blocks halted halts suspended suspends vetoed vetoes abandoned scrapped scraps shelves', -1),
]);

/**
 * Reporting verbs that the corpus weights lean on by chance ("arguing" -0.8, "claims" -0.6, "acknowledged" +0.6): as a
 * claim's cue they tell how something was said, not for or against what ("Democrats arguing that the agency needs
 * the money" read as opposition), so a cue counts them as 0. Kept out of the weights above, like EVALUATIVE_WORDS.
 */
export const NEUTRAL_REPORTING: ReadonlySet<string> = new Set(
  'argues arguing claims insisting suggesting acknowledged respond responded describing'.split(' '),
);

/** Words that turn the next stance word around ("not acceptable", "never supported", "no longer backs"). */
export const NEGATORS: ReadonlySet<string> = new Set(['refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'fail', 'fails', 'failed', 'not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'hardly', 'cannot', 'won’t', "won't", 'don’t', "don't", 'didn’t', "didn't", 'doesn’t', "doesn't", 'isn’t', "isn't", 'wasn’t', "wasn't"]);

/** Two-word stance expressions, checked before single words ("rule out" is a refusal; "not rule out" an opening). */
export const STANCE_BIGRAMS: ReadonlyMap<string, number> = new Map([
  ['rule out', -1],
  ['ruled out', -1],
  ['call for', 1],
  ['called for', 1],
  ['calls for', 1],
  ['stand with', 1],
  ['stands with', 1],
  ['rather than', -0.5],
  // "critical to the economy" is essential to it; only "critical of" is criticism.
  ['critical to', 1],
  ['critical for', 1],
]);

/** Verbs that drop or end what follows ("shelving NATO membership"): a strong stance against their object. */
export const REVERSERS: ReadonlyMap<string, number> = new Map(
  'shelve shelves shelving shelved abandon abandons abandoning abandoned scrap scraps scrapping scrapped drop dropping ditch ditching ditched halt halting cancel cancelling canceled cancelled withdraw withdrawing'
    .split(' ')
    .map((w) => [w, -3]),
);

/** "against" turns the next stance word around ("security against aggression" is for security); alone it opposes. */
export const AGAINST = 'against';

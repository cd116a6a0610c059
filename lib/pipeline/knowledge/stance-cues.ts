// Stance predicates that report a position even without a speech verb ("remains opposed to", "presses for", "labeling X as").
// Hand-made from general English usage; each is accepted as a cue when a subject precedes it and content follows.
export const STANCE_CUE_WORDS: ReadonlySet<string> = new Set(
  (
    'opposed supportive hesitant reluctant unwilling willing eager determined committed ' +
    'label labels labeled labelled labeling labelling branded branding ' +
    'view views viewed viewing regard regards regarded regarding sees seeing ' +
    'press presses pressed pressing push pushes pushed pushing lobbied lobbying ' +
    'oppose opposes opposing reject rejects rejected rejecting condemn condemns condemned condemning ' +
    'support supports supported backs backed backing endorse endorses endorsed welcome welcomes welcomed ' +
    'criticize criticizes criticized criticise criticises criticised denounce denounces denounced ' +
    'vowed vows pledged pledges promised promises demanded demands ' +
    'accuse accuses accused accusing blame blames blamed blaming assail assails assailed castigate castigates castigated ' +
    'slam slams slammed blast blasts blasted attack attacks attacked attacking mock mocks mocked ridicule ridiculed ' +
    'praise praises praised praising thank thanks thanked applaud applauds applauded hail hails hailed ' +
    'critical supportive skeptical sceptical wary ' +
    'charged alleged alleges threatened threatens sued sues faulted faults defended defends prosecuted questioned recommended ' +
    'endorsing denouncing condemning criticizing blasting slamming'
  ).split(' '),
);

/** Words that complete a stance cue after its head ("press for", "opposed to", "view X as" is handled by content). */
export const STANCE_CUE_FOLLOWERS: Readonly<Record<string, string>> = {
  press: 'for', presses: 'for', pressed: 'for', pressing: 'for',
  push: 'for', pushes: 'for', pushed: 'for', pushing: 'for',
  opposed: 'to', committed: 'to', critical: 'of', supportive: 'of', skeptical: 'of', sceptical: 'of', wary: 'of', lobbied: 'for', lobbying: 'for',
};

/**
 * Stance predicates only with their particle: "did not rule out further talks" hedges a position; "the rule" and "will
 * rule on Friday" are none. PolNeAR marks few of them, so the cue models learnt to doubt them; readers expect them.
 */
export const PARTICLE_STANCE_CUES: Readonly<Record<string, string>> = { rule: 'out', rules: 'out', ruled: 'out', ruling: 'out' };

/** Verbs of continuation that belong to the cue before a stance word ("remains opposed", "continues to press"). */
export const STANCE_CUE_PREFIXES: ReadonlySet<string> = new Set(['remain', 'remains', 'remained', 'continue', 'continues', 'continued', 'to', 'stay', 'stays', 'refused', 'refuses', 'declined', 'declines', 'failed', 'fails']);

// The sex a title or a first name gives a person ("Mrs. Chen", "Anita"), shared by the actor linker and the pronoun resolver.
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-name-genders';

/** Titles written before a name, lowercased and without their full stop. */
export const TITLE_SEX: Readonly<Record<string, 'f' | 'm'>> = { mr: 'm', mrs: 'f', ms: 'f', miss: 'f', sir: 'm', lady: 'f', madam: 'f', dame: 'f', lord: 'm' };

/** The sex the news gives the first word of a name, if it gives one. */
export function firstNameSex(name: string): 'f' | 'm' | undefined {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  return FEMALE_FIRST_NAMES.has(first) ? 'f' : MALE_FIRST_NAMES.has(first) ? 'm' : undefined;
}

// One person written several ways in one article: with and without a middle initial ("Robert M. Danin", "Robert Danin")
// and with a short first name ("Ken Starr", "Kenneth Starr"; "Pete Santilli", "Peter Santilli").
import { firstNameSex } from '../knowledge/name-sex';
import { withoutInitials } from './initials';

/** Shorter first names than this are not taken for the start of a longer one ("Jo" is not short for "John"). */
const MIN_SHORT_NAME = 3;

/**
 * Each person name -> the form the article wrote first, for the names that are the same person. Two names are when
 * they agree after the first name, once middle initials are dropped, and one first name starts the other, unless the
 * two are known to be of different sexes ("Dan", "Dana"). A name matching two earlier forms ("George Bush" after
 * "George W. Bush" and "George H.W. Bush") is left alone, and so are two forms with different initials.
 */
export function personForms(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  // Earlier forms by what follows the first name ("starr"), so a name is compared only with its namesakes.
  const byRest = new Map<string, string[]>();
  for (const name of names) {
    const words = withoutInitials(name).split(' ');
    if (words.length < 2 || out.has(name)) continue;
    const rest = words.slice(1).join(' ');
    const earlier = byRest.get(rest) ?? [];
    if (earlier.includes(name)) continue;
    const matches = earlier.filter((c) => samePerson(c, name));
    if (matches.length === 1) out.set(name, matches[0]);
    else byRest.set(rest, [...earlier, name]);
  }
  return out;
}

function samePerson(a: string, b: string): boolean {
  const pa = withoutInitials(a).split(' ');
  const pb = withoutInitials(b).split(' ');
  if (pa.length < 2 || pa.length !== pb.length || pa.slice(1).join(' ') !== pb.slice(1).join(' ')) return false;
  // "George W. Bush" and "George H.W. Bush" are two people; one form without initials may be either.
  if (a !== withoutInitials(a) && b !== withoutInitials(b) && a !== b) return false;
  const [short, long] = pa[0].length <= pb[0].length ? [pa[0], pb[0]] : [pb[0], pa[0]];
  if (short === long) return true;
  return short.length >= MIN_SHORT_NAME && long.startsWith(short) && firstNameSex(short) !== otherSex(firstNameSex(long));
}

function otherSex(s: 'f' | 'm' | undefined): 'f' | 'm' | 'none' {
  return s === 'f' ? 'm' : s === 'm' ? 'f' : 'none';
}

// Display formatting shared by the panel's components.

export function formatDate(t: number): string {
  return new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export const TYPE_LABELS = { person: 'People', organization: 'Organisations', country: 'Countries', place: 'Places', other: 'Other' } as const;
export const TYPE_ORDER = ['person', 'organization', 'country', 'place', 'other'] as const;

export function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

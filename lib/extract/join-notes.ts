// One line out of the reasons a page was cut, skipped or partly read, for the side panel and the page's record.

/** The notes that say something, joined with "; "; undefined when none does. */
export const joinNotes = (...notes: (string | undefined)[]): string | undefined => notes.filter(Boolean).join('; ') || undefined;

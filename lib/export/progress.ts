// Progress reporting shared by exports and import, so the panel can show one bar for any of them.
export type OnProgress = (done: number, total: number) => void;

/** Lets the page paint between batches; without it a 100,000-row export would freeze the panel's progress bar. */
export const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

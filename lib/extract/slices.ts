// Cutting page work into short tasks: how long one slice may run, and how to give the page its turn between slices.

/** Longest stretch of extension work between yields; well under the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

/**
 * Gives the page a turn: `scheduler.yield()` where the browser has it (the work resumes ahead of other queued
 * tasks, so a busy page delays it less), else a zero-delay timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
}

// The pages table: the only code that writes it, and the reads the panel needs.
import type { PageRecord } from '../model';
import type { FactDatabase } from './database';

export async function putPage(db: FactDatabase, page: PageRecord): Promise<void> {
  await db.pages.put(page);
}

export async function getPage(db: FactDatabase, url: string): Promise<PageRecord | undefined> {
  return db.pages.get(url);
}

/** The most recently analysed page: the panel's fallback when it cannot tell which tab it belongs to. */
export async function latestPage(db: FactDatabase): Promise<PageRecord | undefined> {
  return db.pages.orderBy('analysedAt').last();
}

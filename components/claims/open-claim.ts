// Opens a claim's source: scrolls to it when that page is the current tab, otherwise opens the page in a new tab.
import { browser } from 'wxt/browser';
import { pageMessaging } from '@/lib/messaging/background-to-content';
import type { ClaimRecord } from '@/lib/model';

export type OpenOutcome = 'scrolled' | 'not-found' | 'opened';

export async function openClaim(claim: ClaimRecord, current: { url: string | null; tabId: number | null }): Promise<OpenOutcome> {
  if (current.tabId !== null && current.url === claim.pageUrl) {
    try {
      const found = await pageMessaging.sendMessage('scrollToSpan', { start: claim.start, end: claim.end, text: claim.text }, current.tabId);
      return found ? 'scrolled' : 'not-found';
    } catch {
      // No content script answered (highlighting off, or the page was reloaded): fall through and open it.
    }
  }
  await browser.tabs.create({ url: claim.pageUrl });
  return 'opened';
}

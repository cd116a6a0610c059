// Opening a claim's source: scroll within the current tab when it shows that page, otherwise open the page.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openClaim } from '../../components/claims/open-claim';
import { pageMessaging } from '../../lib/messaging/background-to-content';
import type { ClaimRecord } from '../../lib/model';

const claim = { pageUrl: 'https://news.example/a', start: 120, end: 140, text: 'we reject the proposal' } as ClaimRecord;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('openClaim', () => {
  it('asks the current tab to scroll to the claim when it shows the claim\'s page', async () => {
    const send = vi.spyOn(pageMessaging, 'sendMessage').mockResolvedValue(true as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openClaim(claim, { url: claim.pageUrl, tabId: 4 })).toBe('scrolled');
    expect(send).toHaveBeenCalledWith('scrollToSpan', { start: 120, end: 140, text: 'we reject the proposal' }, 4);
    expect(create).not.toHaveBeenCalled();
  });

  it('reports when the page no longer has the text', async () => {
    vi.spyOn(pageMessaging, 'sendMessage').mockResolvedValue(false as never);
    expect(await openClaim(claim, { url: claim.pageUrl, tabId: 4 })).toBe('not-found');
  });

  it('opens the page in a new tab when the current tab shows another page, or nobody answers', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openClaim(claim, { url: 'https://other.example/', tabId: 4 })).toBe('opened');
    vi.spyOn(pageMessaging, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await openClaim(claim, { url: claim.pageUrl, tabId: 4 })).toBe('opened');
    expect(create).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenLastCalledWith({ url: claim.pageUrl });
  });
});

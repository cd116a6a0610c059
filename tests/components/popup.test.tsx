// @vitest-environment happy-dom
// The popup: switches change the stored highlighting settings globally and for the active tab's site.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import { highlightSettings } from '../../lib/settings/highlighting';

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no focused window, so say directly which tab is active.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://news.example/article', active: true } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
});
afterEach(cleanup);

describe('popup', () => {
  it('turns highlighting off for the current site only, and back on', async () => {
    render(<App />);
    const site = await screen.findByRole('switch', { name: 'On news.example' });
    await waitFor(() => expect((site as HTMLInputElement).checked).toBe(true));
    fireEvent.click(site);
    await waitFor(async () => expect(await highlightSettings.getValue()).toEqual({ enabled: true, disabledSites: ['news.example'] }));
    expect(screen.getByText('No text from this site is analysed.')).toBeTruthy();
    fireEvent.click(site);
    await waitFor(async () => expect((await highlightSettings.getValue()).disabledSites).toEqual([]));
  });

  it('turns highlighting off everywhere and shows the keyboard shortcut', async () => {
    render(<App />);
    const global = await screen.findByRole('switch', { name: 'Highlight actors and claims' });
    expect(screen.getByText(/Shortcut: Alt\+Shift\+H/)).toBeTruthy();
    fireEvent.click(global);
    await waitFor(async () => expect((await highlightSettings.getValue()).enabled).toBe(false));
    expect(screen.getByText('Highlighting is off everywhere.')).toBeTruthy();
  });

  it('paints the rest of the page quietly when asked, and only the article by default', async () => {
    render(<App />);
    const chrome = (await screen.findByRole('switch', { name: 'Also the rest of the page, quietly' })) as HTMLInputElement;
    expect(chrome.checked).toBe(false);
    expect(screen.getByText('Only the article is read and highlighted.')).toBeTruthy();
    fireEvent.click(chrome);
    await waitFor(async () => expect((await highlightSettings.getValue()).pageChrome).toBe('quiet'));
    expect(chrome.checked).toBe(true);
    fireEvent.click(chrome);
    await waitFor(async () => expect((await highlightSettings.getValue()).pageChrome).toBe('off'));
  });

  it('follows a change made elsewhere (the keyboard command)', async () => {
    render(<App />);
    const global = (await screen.findByRole('switch', { name: 'Highlight actors and claims' })) as HTMLInputElement;
    await highlightSettings.setValue({ enabled: false, disabledSites: [] });
    await waitFor(() => expect(global.checked).toBe(false));
  });
});

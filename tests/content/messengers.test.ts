// The content script's light messaging and settings reader must interoperate with the libraries the rest of the extension uses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { contentMessaging } from '@/lib/messaging/content-to-background';
import { pageMessaging } from '@/lib/messaging/background-to-content';
import { highlightSettings, isHighlightingOn } from '@/lib/settings/highlighting';
import { onBackgroundMessages, sendToBackground } from '@/entrypoints/content/messengers';
import { highlightingOnFor, readSettings, watchSettings } from '@/entrypoints/content/settings';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('content -> background', () => {
  it('reaches a @webext-core/messaging handler and returns its answer', async () => {
    const off = contentMessaging.onMessage('getActorCard', ({ data }) => ({ actor: { id: data.actorId, name: 'Ada', type: 'person', aliases: [] }, stances: [] }));
    const card = await sendToBackground('getActorCard', { actorId: 'person:ada' });
    expect(card.actor?.name).toBe('Ada');
    off();
  });

  it('turns a handler error into a rejection with its message', async () => {
    const off = contentMessaging.onMessage('getActorCard', () => {
      throw new Error('invalid message: actorId');
    });
    await expect(sendToBackground('getActorCard', { actorId: 'x' })).rejects.toThrow('invalid message: actorId');
    off();
  });
});

describe('background -> content', () => {
  /** Delivers tabs.sendMessage to the runtime listeners the way Chrome does: through sendResponse. */
  function deliverTabMessagesToListeners() {
    const listeners: ((m: unknown, s: unknown, r: (x: unknown) => void) => boolean)[] = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void listeners.push(l as never));
    vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(
      (_tab: number, message: unknown) =>
        new Promise((resolve) => {
          for (const l of listeners) if (l(message, {}, resolve)) return;
          resolve(undefined);
        }) as never,
    );
  }

  it('answers @webext-core/messaging senders, including async handlers', async () => {
    deliverTabMessagesToListeners();
    onBackgroundMessages({
      getPageStatus: () => ({ url: 'https://news.example/a', highlighting: true, painted: 3 }),
      scrollToSpan: async (d) => d.text === 'Ada',
    });
    expect(await pageMessaging.sendMessage('getPageStatus', undefined, 1)).toEqual({ url: 'https://news.example/a', highlighting: true, painted: 3 });
    expect(await pageMessaging.sendMessage('scrollToSpan', { start: 0, end: 3, text: 'Ada' }, 1)).toBe(true);
    expect(await pageMessaging.sendMessage('scrollToSpan', { start: 0, end: 3, text: 'Bob' }, 1)).toBe(false);
  });

  it('ignores messages that are not in the protocol, leaving them to other listeners', () => {
    let listener: ((m: unknown, s: unknown, r: () => void) => boolean) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as never));
    onBackgroundMessages({ getPageStatus: () => ({ url: '', highlighting: false, painted: 0 }), scrollToSpan: () => false });
    expect(listener!({ type: 'analysePage', timestamp: 1, id: 1, data: {} }, {}, () => {})).toBe(false);
    expect(listener!('hello', {}, () => {})).toBe(false);
    expect(listener!({ type: 'toString', timestamp: 1 }, {}, () => {})).toBe(false);
  });
});

describe('settings reader', () => {
  it('reads what the popup writes through WXT storage, and the default before anything is written', async () => {
    expect(await readSettings()).toEqual(await highlightSettings.getValue());
    await highlightSettings.setValue({ enabled: false, disabledSites: ['news.example'] });
    expect(await readSettings()).toEqual({ enabled: false, disabledSites: ['news.example'] });
  });

  it('sees changes as they are made', async () => {
    const seen: boolean[] = [];
    const off = watchSettings((s) => seen.push(s.enabled));
    await highlightSettings.setValue({ enabled: false, disabledSites: [] });
    await highlightSettings.setValue({ enabled: true, disabledSites: [] });
    off();
    expect(seen).toEqual([false, true]);
  });

  it('decides per site exactly as lib/settings does', () => {
    for (const s of [{ enabled: true, disabledSites: [] }, { enabled: false, disabledSites: [] }, { enabled: true, disabledSites: ['a.example'] }]) {
      for (const host of ['a.example', 'b.example']) expect(highlightingOnFor(s, host)).toBe(isHighlightingOn(s, host));
    }
  });
});

// @vitest-environment happy-dom
// Side panel components as a reader sees them: actors grouped by type, an actor's stances, search, and empty states.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActorDetail } from '../../components/actors/ActorDetail';
import { ActorList } from '../../components/actors/ActorList';
import { PageView } from '../../components/page/PageView';
import { SearchResults } from '../../components/search/SearchResults';
import { actorsOnPage, db, getPage, saveAnalysis } from '../../lib/db';
import { PAGE_ONE, PAGE_ONE_TEXT, PAGE_TWO, PAGE_TWO_TEXT, pageOne, pageTwo } from '../db/sample';

beforeAll(async () => {
  await saveAnalysis(db, PAGE_ONE, PAGE_ONE_TEXT, pageOne());
  await new Promise((r) => setTimeout(r, 5));
  await saveAnalysis(db, { ...PAGE_TWO, truncated: 'text over 1 MB' }, PAGE_TWO_TEXT, pageTwo());
});
afterEach(cleanup);

describe('side panel components', () => {
  it('lists a page\'s actors under their type with mention counts, and selecting one reports its id', async () => {
    const onSelect = vi.fn();
    render(<ActorList actors={await actorsOnPage(db, PAGE_ONE.url)} onSelect={onSelect} />);
    const people = screen.getByRole('region', { name: /People/ });
    expect(within(people).getByRole('button', { name: 'Anna Berg, 1 mentions' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Countries/ })).getByText('Norland')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /Organisations/ })).getByText('Pact Council')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Places/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Anna Berg/ }));
    expect(onSelect).toHaveBeenCalledWith('person:anna-berg');
  });

  it('shows an actor\'s stances from every saved page, newest first, with polarity, target, source and date', async () => {
    const onOpen = vi.fn();
    render(<ActorDetail actorId="person:anna-berg" onBack={() => {}} onOpen={onOpen} />);
    await screen.findByRole('heading', { name: 'Anna Berg' });
    expect(screen.getByText('2 recorded claims')).toBeTruthy();
    const stances = await screen.findAllByRole('article');
    expect(stances.map((s) => s.getAttribute('aria-label'))).toEqual(['support: supports the new trade deal', 'oppose: we reject any expansion of the pact']);
    expect(within(stances[1]).getByText('on expansion of the pact')).toBeTruthy();
    expect(within(stances[1]).getByText(/news\.example ·/)).toBeTruthy();
    fireEvent.click(within(stances[1]).getByRole('button', { name: /Norland rejects expansion/ }));
    expect(onOpen.mock.calls[0][0]).toMatchObject({ pageUrl: PAGE_ONE.url, start: PAGE_ONE_TEXT.indexOf('we reject') });
  });

  it('says so when an actor has no recorded claims', async () => {
    render(<ActorDetail actorId="country:norland" onBack={() => {}} onOpen={() => {}} />);
    expect(await screen.findByText('No recorded claims by this actor yet.')).toBeTruthy();
  });

  it('search finds actors and claims; a search with no hits says so', async () => {
    const { rerender } = render(<SearchResults query="trade" onSelectActor={() => {}} onOpen={() => {}} />);
    expect(await screen.findByRole('article', { name: 'support: supports the new trade deal' })).toBeTruthy();
    rerender(<SearchResults query="zzzz" onSelectActor={() => {}} onOpen={() => {}} />);
    expect(await screen.findByText('Nothing found for “zzzz”.')).toBeTruthy();
  });

  it('page view: a note when the page was cut short; designed states when nothing was analysed', async () => {
    const record = await getPage(db, PAGE_TWO.url);
    const { rerender } = render(<PageView current={{ url: PAGE_TWO.url, tabId: null, record }} onSelectActor={() => {}} />);
    expect(screen.getByRole('note').textContent).toContain('text over 1 MB');
    await screen.findByRole('button', { name: /Oslo/ });
    rerender(<PageView current={{ url: null, tabId: null, record: null }} onSelectActor={() => {}} />);
    expect(screen.getByText('No page analysed yet: open a news article.')).toBeTruthy();
    rerender(<PageView current={{ url: 'https://x.example/', tabId: 1, record: null }} onSelectActor={() => {}} />);
    expect(screen.getByText('This page has not been analysed.')).toBeTruthy();
  });

  it('renders page text as text, never as markup', async () => {
    const record = { ...(await getPage(db, PAGE_ONE.url))!, title: '<img src=x onerror="window.hacked=1">' };
    const { container } = render(<PageView current={{ url: PAGE_ONE.url, tabId: null, record }} onSelectActor={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(record.title);
  });
});

describe('a page without a record', () => {
  it('shows why the content script skipped it', async () => {
    const { pageMessaging } = await import('../../lib/messaging/background-to-content');
    const send = vi.spyOn(pageMessaging, 'sendMessage').mockResolvedValue({ url: 'https://x.example/', highlighting: true, painted: 0, note: 'skipped: no article text found' } as never);
    render(<PageView current={{ url: 'https://x.example/', tabId: 3, record: null }} onSelectActor={() => {}} />);
    expect((await screen.findByRole('note')).textContent).toBe('skipped: no article text found');
    expect(send).toHaveBeenCalledWith('getPageStatus', undefined, 3);
    send.mockRestore();
  });

  it('says highlighting is off when the page reports so', async () => {
    const { pageMessaging } = await import('../../lib/messaging/background-to-content');
    const send = vi.spyOn(pageMessaging, 'sendMessage').mockResolvedValue({ url: 'https://x.example/', highlighting: false, painted: 0 } as never);
    render(<PageView current={{ url: 'https://x.example/', tabId: 3, record: null }} onSelectActor={() => {}} />);
    expect(await screen.findByText(/Highlighting is off for this page/)).toBeTruthy();
    send.mockRestore();
  });
});

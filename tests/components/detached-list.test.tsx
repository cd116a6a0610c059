// @vitest-environment happy-dom
// The side panel's list of detached highlights: the quotes the page's content script could not re-attach.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetachedList } from '../../components/page/DetachedList';
import { pageMessaging } from '../../lib/messaging/background-to-content';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('detached highlights in the side panel', () => {
  it('lists each detached span with its kind and quote', async () => {
    const send = vi.spyOn(pageMessaging, 'sendMessage').mockResolvedValue({
      url: 'https://x.example/a', highlighting: true, painted: 4,
      detached: [{ kind: 'person', text: 'Ada Lovelace' }, { kind: 'claim', text: '“The engine will compose music,” she wrote.' }],
    } as never);
    render(<DetachedList tabId={7} url="https://x.example/a" />);
    expect((await screen.findByRole('note')).textContent).toContain('2 highlights are detached');
    const region = screen.getByRole('region', { name: 'Detached highlights' });
    expect(region.textContent).toContain('Ada Lovelace');
    expect(region.textContent).toContain('“The engine will compose music,” she wrote.');
    expect(region.textContent).toContain('person · detached');
    expect(send).toHaveBeenCalledWith('getPageStatus', undefined, 7);
  });

  it('shows nothing when every highlight is attached or no content script answers', async () => {
    const send = vi.spyOn(pageMessaging, 'sendMessage').mockResolvedValue({ url: 'https://x.example/a', highlighting: true, painted: 4 } as never);
    const { container, rerender } = render(<DetachedList tabId={7} url="https://x.example/a" />);
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    expect(container.textContent).toBe('');
    send.mockRejectedValue(new Error('no content script'));
    rerender(<DetachedList tabId={8} url="https://x.example/b" />);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(container.textContent).toBe('');
  });
});

// Opens the side panel from a click: Chrome's sidePanel API, or Firefox's sidebarAction, whichever the browser has.
import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Both browsers only open the panel during the click itself, so nothing may be awaited before the call:
 * the caller looks up `windowId` beforehand (see currentWindowId).
 */
export function openSidePanel(windowId: number | null): Promise<void> {
  const firefox = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (firefox) return firefox.open();
  if (!browser.sidePanel || windowId === null) return Promise.reject(new Error('This browser has no side panel.'));
  return browser.sidePanel.open({ windowId });
}

export async function currentWindowId(): Promise<number | null> {
  return (await browser.windows?.getCurrent?.())?.id ?? null;
}

/** The shortcut the reader actually has (they may have changed it), or the default. */
export async function toggleShortcut(): Promise<string> {
  const commands = (await browser.commands?.getAll?.()) ?? [];
  return commands.find((c) => c.name === 'toggle-highlighting')?.shortcut || 'Alt+Shift+H';
}

// Opens the side panel from a click: Chrome's sidePanel API, or Firefox's sidebarAction, whichever the browser has.
import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

export async function openSidePanel(): Promise<void> {
  const firefox = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (firefox) return firefox.open();
  const win = await browser.windows.getCurrent();
  if (!browser.sidePanel || win.id === undefined) throw new Error('This browser has no side panel.');
  await browser.sidePanel.open({ windowId: win.id });
}

/** The shortcut the reader actually has (they may have changed it), or the default. */
export async function toggleShortcut(): Promise<string> {
  const commands = (await browser.commands?.getAll?.()) ?? [];
  return commands.find((c) => c.name === 'toggle-highlighting')?.shortcut || 'Alt+Shift+H';
}

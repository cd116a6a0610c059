// Keyboard command and toolbar wiring: Alt+Shift+H toggles highlighting everywhere.
import { highlightSettings } from '@/lib/settings/highlighting';

export function setUpCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlighting') return;
    const s = await highlightSettings.getValue();
    await highlightSettings.setValue({ ...s, enabled: !s.enabled });
  });
  // The toolbar button opens the popup; the popup opens the side panel. Chrome only: let the panel follow the tab.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => {});
}

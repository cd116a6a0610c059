// The reader's highlighting settings, kept in sync with extension storage (the keyboard command can change them too).
import { useEffect, useState } from 'react';
import { highlightSettings, type HighlightSettings } from '@/lib/settings/highlighting';

export function useHighlightSettings(): [HighlightSettings | undefined, (next: HighlightSettings) => Promise<void>] {
  const [settings, setSettings] = useState<HighlightSettings>();
  useEffect(() => {
    let alive = true;
    void highlightSettings.getValue().then((s) => alive && setSettings(s));
    const unwatch = highlightSettings.watch((s) => setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const save = async (next: HighlightSettings) => {
    setSettings(next);
    await highlightSettings.setValue(next);
  };
  return [settings, save];
}

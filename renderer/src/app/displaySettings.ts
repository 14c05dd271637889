import { useEffect } from 'react';
import type { Settings as SettingsData } from '@core/ipc/contract';

/** Applies the display settings to <html>: presenting size and high contrast. */
export function useDisplaySettings(settings: SettingsData) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = settings.textSize ?? 'normal';
    root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  }, [settings.textSize, settings.highContrast]);
}

import { useSyncExternalStore } from 'react';

/**
 * Whether single-key and Alt/Ctrl shortcuts act on this device. Some people type with assistive
 * software or switch keyboards that send letters the app would take as commands, so the
 * shortcuts can be turned off; the choice is this device's, kept in localStorage.
 */
const storageKey = 'baraza.shortcuts';
const listeners = new Set<() => void>();

export function shortcutsEnabled(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'off';
  } catch {
    return true;
  }
}

export function setShortcutsEnabled(enabled: boolean): void {
  try {
    window.localStorage.setItem(storageKey, enabled ? 'on' : 'off');
  } catch {
    // Not kept, but the listeners below still read the new value for this visit.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useShortcutsEnabled(): boolean {
  return useSyncExternalStore(subscribe, shortcutsEnabled);
}

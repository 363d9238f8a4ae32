import { useSyncExternalStore } from 'react';

/**
 * Whether the first-workshop guide shows on the home screen: until the facilitator skips it, and
 * again whenever they ask for it from Help. The choice is this device's, kept in localStorage.
 */
const storageKey = 'baraza.firstRunGuide';
const listeners = new Set<() => void>();

export function guideShown(): boolean {
  try {
    return window.localStorage.getItem(storageKey) !== 'skipped';
  } catch {
    return true;
  }
}

export function setGuideShown(shown: boolean): void {
  try {
    window.localStorage.setItem(storageKey, shown ? 'shown' : 'skipped');
  } catch {
    // Not kept past this visit; the listeners below still follow it.
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

export function useGuideShown(): boolean {
  return useSyncExternalStore(subscribe, guideShown);
}

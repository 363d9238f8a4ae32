import { useSyncExternalStore } from 'react';

/**
 * An on/off choice kept by this device (localStorage), on unless it was turned off, shared by
 * the device's windows and followed live by every component that uses it. Storage that refuses
 * the write (private mode, full) keeps the choice for this visit only.
 */
export type DeviceSwitch = {
  isOn(): boolean;
  set(on: boolean): void;
  useIsOn(): boolean;
};

export function deviceSwitch(storageKey: string, values: { on: string; off: string }): DeviceSwitch {
  const listeners = new Set<() => void>();
  let unsaved: boolean | undefined;
  const isOn = (): boolean => {
    if (unsaved !== undefined) return unsaved;
    try {
      return window.localStorage.getItem(storageKey) !== values.off;
    } catch {
      return true;
    }
  };
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    window.addEventListener('storage', listener);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', listener);
    };
  };
  return {
    isOn,
    set(on) {
      try {
        window.localStorage.setItem(storageKey, on ? values.on : values.off);
        unsaved = undefined;
      } catch {
        unsaved = on;
      }
      listeners.forEach((listener) => listener());
    },
    useIsOn: () => useSyncExternalStore(subscribe, isOn),
  };
}

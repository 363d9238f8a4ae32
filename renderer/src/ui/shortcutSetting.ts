import { deviceSwitch } from './deviceSwitch';

/**
 * Whether single-key and Alt/Ctrl shortcuts act on this device. Some people type with assistive
 * software or switch keyboards that send letters the app would take as commands, so the
 * shortcuts can be turned off; the choice is this device's.
 */
const shortcuts = deviceSwitch('baraza.shortcuts', { on: 'on', off: 'off' });

export const shortcutsEnabled = shortcuts.isOn;
export const setShortcutsEnabled = shortcuts.set;
export const useShortcutsEnabled = shortcuts.useIsOn;

import { useEffect, useRef } from 'react';
import { shortcutsEnabled } from './shortcutSetting';

type Modifiers = { alt?: boolean; ctrlOrMeta?: boolean; shift?: boolean; whileTyping?: boolean };

/** True when focus is in a field where keys belong to the text, not to the app. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Binds a keyboard shortcut for as long as the component is mounted. `code` names the physical
 * key (`KeyN`, as KeyboardEvent.code does), not the letter it types: on an Arabic or Russian
 * layout Alt+N still works from the key marked N on an English keyboard.
 */
export function useShortcut(code: string, modifiers: Modifiers, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.code !== code) return;
      if (Boolean(modifiers.alt) !== event.altKey) return;
      if (Boolean(modifiers.ctrlOrMeta) !== (event.ctrlKey || event.metaKey)) return;
      if (Boolean(modifiers.shift) !== event.shiftKey) return;
      if (!modifiers.whileTyping && isTyping(event.target)) return;
      // Ctrl/Cmd combinations (undo, redo) are the system's own convention and stay on.
      if (!modifiers.ctrlOrMeta && !shortcutsEnabled()) return;
      event.preventDefault();
      latest.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [code, modifiers.alt, modifiers.ctrlOrMeta, modifiers.shift, modifiers.whileTyping]);
}

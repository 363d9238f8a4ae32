import { useEffect, useRef } from 'react';
import { shortcutsEnabled } from '../../ui/shortcutSetting';
import { isTyping } from '../../ui/useShortcut';

/** Physical key (as KeyboardEvent.code: `KeyN`, `Digit1`, `Space`) → action. Codes, not the
 *  letters typed, so the keys work the same on Arabic, Russian or French keyboards. */
export type ShortcutMap = Record<string, (() => void) | undefined>;

/**
 * One keydown listener for all of the run screen's single-key shortcuts. Keys are ignored while
 * typing (a card, a question), with a modifier held, or while a dialog is open. Space on a
 * focused button is left to the button, so a key never does two things at once.
 */
export function useRunShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]') || !shortcutsEnabled()) return;
      const code = event.code;
      const target = event.target instanceof HTMLElement ? event.target : undefined;
      if (code === 'Space' && target?.closest('button, a, summary, [role="button"]')) return;
      const action = latest.current[code];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

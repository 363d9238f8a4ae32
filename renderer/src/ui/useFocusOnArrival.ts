import { useCallback } from 'react';

/**
 * A ref for a new screen's heading (which needs tabIndex={-1}): when the heading appears and focus
 * was left on nothing, it takes focus. That is what happens after navigation: the control that
 * led here (Create workshop, Join) left with the previous screen, and the browser dropped focus on
 * <body>. A screen reader then starts at the new screen's name and a keyboard user carries on
 * from the top. Focus a person has put somewhere (a field they are typing in) is never taken.
 * A callback ref rather than an effect, so a heading drawn only once the screen's data has loaded
 * is focused when it arrives.
 */
export function useFocusOnArrival<T extends HTMLElement>(): (element: T | null) => void {
  return useCallback((element: T | null) => {
    if (!element) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    element.focus({ preventScroll: true });
  }, []);
}

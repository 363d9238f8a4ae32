import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The end of a ballot drawn in pages: a button that draws the next page, pressed by itself when
 * it scrolls near the screen, so a person scrolling never meets the end of the list, and one
 * using the keyboard or a screen reader presses it like any other button. It follows the list
 * (`ul`) it extends: pressed by hand, it moves focus to the first card it drew.
 */
export function MoreCards({ onMore }: { onMore: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = button.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // A screen ahead: the next page is drawn before the person reaches the end. Not when the
    // button came into view by taking focus: a keyboard user presses it, and then moves on to the
    // first card it drew instead of past a page drawn behind their back.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && document.activeElement !== element) onMore();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [onMore]);
  return (
    <button ref={button} type="button" className="button ballot-more" data-testid="ballot-more" onClick={() => pressed(button.current, onMore)}>
      {t('activities.dots.showMore')}
    </button>
  );
}

function pressed(button: HTMLButtonElement | null, onMore: () => void): void {
  const list = button?.previousElementSibling;
  const from = list?.children.length ?? 0;
  onMore();
  // A click's update is drawn before the next frame.
  requestAnimationFrame(() => list?.children[from]?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus());
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveView } from './runModel';

/**
 * Tells a screen reader, politely (after what it is reading), when the facilitator moves the
 * session on: the participant's phone changes under their hands without anything being focused.
 * The region is on the page from the start, empty, because screen readers only announce changes
 * to a live region they already know. The part shown on arrival is not announced: the screen's
 * heading says where the person is.
 */
export function PartAnnouncer({ view }: { view: LiveView }) {
  const { t } = useTranslation();
  const where = view.finished ? 'finished' : view.started && view.current ? view.current.id : 'waiting';
  const [arrivedOn] = useState(where);
  const [moved, setMoved] = useState(false);
  // Once the session has moved, every later position is news, even a return to the first one.
  if (!moved && where !== arrivedOn) setMoved(true);
  const message = !moved && where === arrivedOn ? '' : view.finished ? t('run.participant.finished') : view.started && view.current ? t('run.participant.nowOnPart', { number: view.currentIndex + 1, count: view.parts.length, title: view.current.title || t('agenda.newPartTitle') }) : '';
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="part-announcer">
      {message}
    </p>
  );
}

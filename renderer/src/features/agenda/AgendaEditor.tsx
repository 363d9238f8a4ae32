import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { dayIndex, formatClock } from '@shared/agenda/clock';
import { computeSchedule } from '@shared/agenda/timing';
import { addPart, movePart, removePart, restorePart, type WorkshopSnapshot } from '@shared/workshop/doc';
import type { AgendaPart } from '@shared/workshop/schema';
import { useToast } from '../../ui/ToastProvider';
import { AgendaRow } from './AgendaRow';
import { formatDuration } from './formatDuration';

type AgendaEditorProps = { doc: Y.Doc; snapshot: WorkshopSnapshot; readOnly: boolean };

/** The agenda as an editable list, with clock times recomputed from every change. */
export function AgendaEditor({ doc, snapshot, readOnly }: AgendaEditorProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const { parts, meta } = snapshot;
  const startTime = meta?.startTime || '09:00';
  const schedule = computeSchedule(startTime, parts, meta?.endTime || undefined);
  const multiDay = dayIndex(Math.max(schedule.end - 1, schedule.start)) > 0;
  const [announcement, setAnnouncement] = useState('');
  const [focusHandleOf, setFocusHandleOf] = useState<string>();
  const [dragged, setDragged] = useState<string>();
  const list = useRef<HTMLOListElement>(null);

  // After a keyboard move the row's DOM node is re-inserted; give its handle focus back.
  useEffect(() => {
    if (!focusHandleOf) return;
    list.current?.querySelector<HTMLElement>(`[data-handle-for="${focusHandleOf}"]`)?.focus();
    setFocusHandleOf(undefined);
  }, [focusHandleOf, parts]);

  function move(part: AgendaPart, toIndex: number, byKeyboard: boolean) {
    if (toIndex < 0 || toIndex >= parts.length) return;
    movePart(doc, part.id, toIndex);
    setAnnouncement(t('agenda.moved', { title: part.title, position: toIndex + 1 }));
    if (byKeyboard) setFocusHandleOf(part.id);
  }

  function remove(part: AgendaPart) {
    removePart(doc, part.id);
    toast({
      message: t('agenda.removed', { title: part.title || t('agenda.newPartTitle') }),
      actionLabel: t('home.undo'),
      onAction: () => restorePart(doc, part),
    });
  }

  function add() {
    const id = addPart(doc, { title: t('agenda.newPartTitle'), kind: 'discussion', minutes: 15, questions: [], fixedStart: '' });
    window.setTimeout(() => list.current?.querySelector<HTMLInputElement>(`[data-title-for="${id}"]`)?.select(), 0);
  }

  return (
    <section aria-labelledby="agenda-heading" className="agenda">
      <div className="agenda-summary">
        <h2 id="agenda-heading">{t('agenda.heading')}</h2>
        {parts.length > 0 ? (
          <p data-testid="agenda-total">
            {t('agenda.summaryTotal', {
              planned: formatDuration(t, schedule.plannedMinutes),
              start: formatClock(schedule.start),
              end: multiDay ? `${t('agenda.day', { day: dayIndex(schedule.end - 1) + 1 })} ${formatClock(schedule.end)}` : formatClock(schedule.end),
            })}
          </p>
        ) : null}
      </div>
      {schedule.overrunMinutes !== undefined && schedule.overrunMinutes > 0 ? (
        <p className="notice notice-warning" role="alert" data-testid="overrun-warning">
          {t('agenda.overrun', { minutes: formatDuration(t, schedule.overrunMinutes), end: meta?.endTime })}
        </p>
      ) : null}
      {parts.length === 0 ? <p className="empty-state">{t('agenda.empty')}</p> : null}
      <ol className="agenda-list" ref={list}>
        {parts.map((part, index) => (
          <AgendaRow
            key={part.id}
            doc={doc}
            part={part}
            index={index}
            count={parts.length}
            slot={schedule.parts[index]}
            showDay={multiDay}
            readOnly={readOnly}
            isDragged={dragged === part.id}
            onMove={(toIndex, byKeyboard) => move(part, toIndex, byKeyboard)}
            onRemove={() => remove(part)}
            onDragStart={() => setDragged(part.id)}
            onDragEnd={() => setDragged(undefined)}
            onDropHere={() => {
              const moving = parts.find((candidate) => candidate.id === dragged);
              if (moving && moving.id !== part.id) move(moving, index, false);
              setDragged(undefined);
            }}
          />
        ))}
      </ol>
      {!readOnly ? (
        <button type="button" className="button" onClick={add}>
          + {t('agenda.addPart')}
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
    </section>
  );
}

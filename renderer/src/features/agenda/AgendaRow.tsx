import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { dayIndex, formatClock, isClock } from '@shared/agenda/clock';
import type { ScheduledPart } from '@shared/agenda/timing';
import { updatePart } from '@shared/workshop/doc';
import { maxPartMinutes, minPartMinutes, partKinds } from '@shared/workshop/partKinds';
import type { AgendaPart } from '@shared/workshop/schema';
import { ValidatedField } from '../../ui/ValidatedField';
import { ActivitySettings } from '../run/settings/ActivitySettings';
import { formatDuration } from './formatDuration';
import { QuestionsEditor } from './QuestionsEditor';

type AgendaRowProps = {
  doc: Y.Doc;
  part: AgendaPart;
  index: number;
  count: number;
  slot: ScheduledPart | undefined;
  showDay: boolean;
  readOnly: boolean;
  isDragged: boolean;
  onMove: (toIndex: number, byKeyboard: boolean) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDropHere: () => void;
};

const wholeMinutes = /^\d{1,4}$/;

export function AgendaRow(props: AgendaRowProps) {
  const { doc, part, index, count, slot, showDay, readOnly, isDragged } = props;
  const { t } = useTranslation();
  const title = part.title || t('agenda.newPartTitle');

  function onHandleKey(event: KeyboardEvent) {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step === 0) return;
    event.preventDefault();
    props.onMove(index + step, true);
  }

  const validateMinutes = (draft: string) => {
    const value = Number(draft);
    return wholeMinutes.test(draft.trim()) && value >= minPartMinutes && value <= maxPartMinutes
      ? undefined
      : t('agenda.errors.minutes', { min: minPartMinutes, max: maxPartMinutes });
  };

  return (
    <li
      className={`agenda-row${isDragged ? ' is-dragged' : ''}`}
      data-testid="agenda-row"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        props.onDropHere();
      }}
    >
      <div className="agenda-row-time" data-testid="part-clock">
        {slot ? (
          <>
            {showDay ? <span className="agenda-day">{t('agenda.day', { day: dayIndex(slot.start) + 1 })}</span> : null}
            <span className="agenda-clock">{t('agenda.clock', { start: formatClock(slot.start), end: formatClock(slot.end) })}</span>
            <span className="muted">{formatDuration(t, part.minutes)}</span>
            {slot.waitBefore > 0 ? <span className="agenda-gap">{t('agenda.waitBefore', { minutes: slot.waitBefore })}</span> : null}
          </>
        ) : null}
      </div>
      <div className="agenda-row-body">
        <div className="agenda-row-head">
          {!readOnly ? (
            // A span, not a <button>: Chromium does not start a drag from a form control. It keeps
            // a button's role and focus, and reorders with the arrow keys.
            <span
              role="button"
              tabIndex={0}
              className="drag-handle"
              draggable
              data-handle-for={part.id}
              aria-label={t('agenda.dragHandle', { title })}
              title={t('agenda.dragHandle', { title })}
              onKeyDown={onHandleKey}
              onDragStart={(event) => {
                event.dataTransfer.setData('text/plain', part.id);
                event.dataTransfer.effectAllowed = 'move';
                props.onDragStart();
              }}
              onDragEnd={props.onDragEnd}
            >
              ⠿
            </span>
          ) : null}
          <span className="agenda-number" aria-hidden="true">
            {index + 1}
          </span>
          <div className="field field-grow">
            <label className="visually-hidden" htmlFor={`title-${part.id}`}>
              {t('agenda.partTitle', { number: index + 1 })}
            </label>
            <input
              id={`title-${part.id}`}
              className="agenda-title-input"
              data-title-for={part.id}
              value={part.title}
              maxLength={200}
              disabled={readOnly}
              onChange={(event) => updatePart(doc, part.id, { title: event.target.value })}
            />
          </div>
        </div>
        <div className="agenda-row-fields">
          <div className="field">
            <label htmlFor={`kind-${part.id}`}>{t('agenda.kind')}</label>
            <select id={`kind-${part.id}`} value={part.kind} disabled={readOnly} onChange={(event) => updatePart(doc, part.id, { kind: event.target.value as AgendaPart['kind'] })}>
              {partKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <ValidatedField
            className="field-minutes"
            label={t('agenda.minutes')}
            value={String(part.minutes)}
            inputMode="numeric"
            disabled={readOnly}
            testId="part-minutes"
            validate={validateMinutes}
            onCommit={(draft) => updatePart(doc, part.id, { minutes: Number(draft) })}
          />
          <ValidatedField
            className="field-time"
            label={t('agenda.fixedStart')}
            value={part.fixedStart}
            placeholder="--:--"
            disabled={readOnly}
            validate={(draft) => (draft.trim() === '' || isClock(draft) ? undefined : t('agenda.errors.time'))}
            onCommit={(draft) => updatePart(doc, part.id, { fixedStart: draft.trim() })}
          />
        </div>
        <QuestionsEditor doc={doc} part={part} readOnly={readOnly} />
        <ActivitySettings doc={doc} part={part} readOnly={readOnly} />
        {!readOnly ? (
          <div className="agenda-row-actions">
            <button type="button" className="button button-small" disabled={index === 0} onClick={() => props.onMove(index - 1, false)}>
              {t('agenda.moveUp')}
            </button>
            <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => props.onMove(index + 1, false)}>
              {t('agenda.moveDown')}
            </button>
            <button type="button" className="button button-small button-danger-quiet" onClick={props.onRemove}>
              {t('agenda.remove')}
            </button>
          </div>
        ) : null}
      </div>
    </li>
  );
}

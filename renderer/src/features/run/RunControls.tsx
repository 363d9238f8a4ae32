import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { extend, nextPart, pause, previousPart, resume, startPart } from '@shared/run/state';
import type { LiveView } from './runModel';
import { useRunShortcuts } from './useRunShortcuts';

type RunControlsProps = { doc: Y.Doc; view: LiveView; muted: boolean; onToggleMute: () => void };

type Control = { id: string; label: string; keyName: string; keys: string; action: (() => void) | undefined; primary?: boolean };

/**
 * The facilitator's buttons. Each action stamps the time it happened (Date.now() at the click);
 * the timer is then derived from those stamps. A button is disabled rather than refused.
 */
export function RunControls({ doc, view, muted, onToggleMute }: RunControlsProps) {
  const { t } = useTranslation();
  const { current, timer, parts, finished } = view;
  const status = timer?.status;
  const live = status === 'running' || status === 'overtime' || status === 'paused';

  let toggle: Control;
  if (status === 'running' || status === 'overtime') {
    toggle = { id: 'pause', label: t('run.controls.pause'), keyName: t('run.keys.space'), keys: 'Space', action: () => pause(doc, Date.now()), primary: true };
  } else if (status === 'paused') {
    toggle = { id: 'resume', label: t('run.controls.resume'), keyName: t('run.keys.space'), keys: 'Space', action: () => resume(doc, Date.now()), primary: true };
  } else {
    const first = parts[0];
    const target = current ?? first;
    // A finished session is not restarted by a stray key: the facilitator goes back first.
    const canStart = target !== undefined && !finished && status !== 'done';
    toggle = {
      id: 'start',
      label: t('run.controls.start'),
      keyName: t('run.keys.space'),
      keys: 'Space',
      action: canStart && target ? () => startPart(doc, target.id, Date.now()) : undefined,
      primary: true,
    };
  }

  const controls: Control[] = [
    toggle,
    { id: 'plus1', label: t('run.controls.plusOne'), keyName: '1', keys: '1', action: live ? () => extend(doc, 1, Date.now()) : undefined },
    { id: 'plus5', label: t('run.controls.plusFive'), keyName: '5', keys: '5', action: live ? () => extend(doc, 5, Date.now()) : undefined },
    { id: 'back', label: t('run.controls.back'), keyName: 'B', keys: 'B', action: view.currentIndex > 0 ? () => previousPart(doc, parts, Date.now()) : undefined },
    // On the last part "next" would end the session; that goes through "Finish session" instead.
    { id: 'next', label: t('run.controls.next'), keyName: 'N', keys: 'N', action: view.next && current ? () => nextPart(doc, parts, Date.now()) : undefined },
  ];

  useRunShortcuts({
    Space: toggle.action,
    Digit1: controls[1]?.action,
    Numpad1: controls[1]?.action,
    Digit5: controls[2]?.action,
    Numpad5: controls[2]?.action,
    KeyB: controls[3]?.action,
    KeyN: controls[4]?.action,
    KeyM: onToggleMute,
  });

  return (
    <div className="run-controls" role="group" aria-label={t('run.controls.label')}>
      {controls.map((control) => (
        <button
          key={control.id}
          type="button"
          data-testid={`run-${control.id}`}
          className={`button run-button${control.primary ? ' button-primary run-button-main' : ''}`}
          disabled={!control.action}
          aria-keyshortcuts={control.keys}
          onClick={control.action}
        >
          {control.label}
          <Kbd>{control.keyName}</Kbd>
        </button>
      ))}
      <button type="button" className="button run-button" aria-pressed={muted} aria-keyshortcuts="M" onClick={onToggleMute} data-testid="run-mute">
        {t('run.controls.mute')}
        <Kbd>M</Kbd>
      </button>
    </div>
  );
}

function Kbd({ children }: { children: ReactNode }) {
  // The key is announced through aria-keyshortcuts; hidden here so it is not read twice.
  return (
    <kbd className="run-kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}

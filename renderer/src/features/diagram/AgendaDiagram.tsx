import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaDiagramSource, type DiagramKind } from '@shared/diagram/agendaDiagram';
import type { WorkshopSnapshot } from '@shared/workshop/doc';
import { renderMermaid } from './renderMermaid';

type Drawing = { status: 'drawing' } | { status: 'done'; svg: string } | { status: 'failed'; message: string };

/** The agenda drawn as a Gantt chart or a timeline. Loaded lazily with Mermaid. */
export default function AgendaDiagram({ snapshot }: { snapshot: WorkshopSnapshot }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DiagramKind>('gantt');
  const [drawing, setDrawing] = useState<Drawing>({ status: 'drawing' });
  const title = snapshot.meta?.title || t('workshop.untitled');
  const source = agendaDiagramSource(kind, {
    title,
    startTime: snapshot.meta?.startTime ?? '09:00',
    parts: snapshot.parts,
    dayLabel: (day) => t('agenda.day', { day }),
  });
  const empty = snapshot.parts.length === 0;

  useEffect(() => {
    if (empty) return;
    let current = true;
    setDrawing({ status: 'drawing' });
    renderMermaid(source).then(
      (svg) => current && setDrawing({ status: 'done', svg }),
      (error: unknown) => current && setDrawing({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [source, empty]);

  return (
    <section className="diagram" aria-labelledby="diagram-heading">
      <div className="diagram-toolbar">
        <h2 id="diagram-heading">{t('diagram.heading')}</h2>
        <div role="radiogroup" aria-label={t('diagram.heading')} className="segmented">
          {(['gantt', 'timeline'] as const).map((option) => (
            <label key={option} className={kind === option ? 'is-selected' : undefined}>
              <input type="radio" name="diagram-kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
              {t(`diagram.${option}`)}
            </label>
          ))}
        </div>
      </div>
      {empty ? <p className="empty-state">{t('diagram.empty')}</p> : null}
      {!empty && drawing.status === 'drawing' ? <p className="muted">{t('diagram.loading')}</p> : null}
      {!empty && drawing.status === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {t('diagram.failed', { message: drawing.message })}
        </p>
      ) : null}
      {!empty && drawing.status === 'done' ? (
        // Mermaid's output, sanitised by Mermaid itself under securityLevel 'strict'.
        <figure className="diagram-figure" data-testid="agenda-diagram">
          <div dangerouslySetInnerHTML={{ __html: drawing.svg }} />
          <figcaption className="visually-hidden">{t('diagram.caption', { title })}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}

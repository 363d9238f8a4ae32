import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roadmapTimelineSource } from '@shared/roadmap/diagram';
import type { Granularity } from '@shared/roadmap/horizons';
import { horizonKey } from '@shared/roadmap/horizons';
import type { RoadmapItem } from '@shared/roadmap/schema';
import { renderMermaid } from '../diagram/renderMermaid';
import { savePng, saveSvg } from './diagramFiles';
import { TimelineList } from './TimelineList';

type Drawing = { status: 'drawing' } | { status: 'done'; svg: string; source: string } | { status: 'failed'; message: string };

/**
 * The roadmap as a Mermaid timeline, redrawn whenever an item's title or horizon changes
 * (descriptions and votes do not change the source, so typing never redraws it). The last good
 * drawing stays up while the next one is made, so the projector never flickers to empty.
 */
export function Timeline({ items, granularity, title, canSave = true }: { items: readonly RoadmapItem[]; granularity: Granularity; title: string; canSave?: boolean }) {
  const { t } = useTranslation();
  const [drawing, setDrawing] = useState<Drawing>({ status: 'drawing' });
  const figure = useRef<HTMLDivElement>(null);
  const source = roadmapTimelineSource(items, granularity, { title, horizon: (horizon) => t(horizonKey(horizon)), year: (year) => t('roadmap.year', { year }) });

  useEffect(() => {
    let current = true;
    renderMermaid(source).then(
      (svg) => current && setDrawing({ status: 'done', svg, source }),
      (error: unknown) => current && setDrawing({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [source]);

  const svgElement = () => figure.current?.querySelector('svg') ?? undefined;
  // Mermaid draws to fit the width it is given, which on a phone shrinks the labels below
  // reading size; the drawing keeps at least its own width and the figure scrolls instead.
  useLayoutEffect(() => {
    const width = svgElement()?.viewBox.baseVal?.width;
    if (width) figure.current?.style.setProperty('--drawn-width', `${Math.ceil(width)}px`);
  }, [drawing]);
  return (
    <section className="roadmap-timeline" aria-label={t('roadmap.timeline')}>
      {canSave && drawing.status === 'done' ? (
        <div className="roadmap-toolbar">
          <button type="button" className="button" onClick={() => saveSvg(drawing.svg, 'roadmap.svg')}>
            {t('roadmap.saveSvg')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const svg = svgElement();
              if (svg) void savePng(svg, 'roadmap.png');
            }}
          >
            {t('roadmap.savePng')}
          </button>
        </div>
      ) : null}
      {drawing.status === 'drawing' ? <p className="muted">{t('diagram.loading')}</p> : null}
      {drawing.status === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {t('diagram.failed', { message: drawing.message })}
        </p>
      ) : null}
      {drawing.status === 'done' ? (
        // Mermaid's output, sanitised by Mermaid itself under securityLevel 'strict'.
        <figure className="diagram-figure" data-testid="roadmap-timeline" data-source={drawing.source}>
          <div ref={figure} dangerouslySetInnerHTML={{ __html: drawing.svg }} />
          <figcaption className="visually-hidden">{t('roadmap.timelineCaption', { title })}</figcaption>
        </figure>
      ) : null}
      <TimelineList items={items} granularity={granularity} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { FitEstimate } from '@shared/outcome/fit';
import { availableCuts, type ReportLayout } from '@shared/outcome/layout';

type PageFitProps = {
  /** The printed count, once measured; the line estimate stands in until then. */
  printed: { pages: number; bodyPages: number; measuring: boolean } | undefined;
  estimate: FitEstimate | undefined;
  layout: ReportLayout;
  has: { roadmapPicture: boolean; picture: boolean; table: boolean };
  /** Undefined when the person may not change the report (a read-only copy). */
  onLayout: ((layout: ReportLayout) => void) | undefined;
  /** True when the organiser applied a cut (rather than the layout the report starts with). */
  changed: boolean;
  onUndo: () => void;
};

/**
 * How many A4 pages the report prints on, and, when that is more than the template's two, the
 * cuts that would bring it back, each applied with one click: nothing is dropped silently. A
 * picture on an annex page is counted apart, as the sponsor reads it: two pages and an annex.
 */
export function PageFit({ printed, estimate, layout, has, onLayout, changed, onUndo }: PageFitProps) {
  const { t } = useTranslation();
  if (!printed) {
    if (!estimate) return null;
    return (
      <p className={estimate.fits ? 'notice outcome-fit' : 'notice notice-warning outcome-fit'} role="status" data-testid="outcome-fit" data-fits={estimate.fits}>
        {estimate.fits ? t('outcomeUi.fit.fits', estimate) : t('outcomeUi.fit.tooLong', { ...estimate, pages: estimate.estimatedPages })}
      </p>
    );
  }
  const fits = printed.bodyPages <= 2;
  const annexPages = printed.pages - printed.bodyPages;
  const cuts = fits || !onLayout ? [] : availableCuts(layout, has);
  return (
    <div className={fits ? 'notice outcome-fit' : 'notice notice-warning outcome-fit'} data-testid="outcome-fit-box">
      <p role="status" data-testid="outcome-fit" data-fits={fits} data-pages={printed.pages} data-body-pages={printed.bodyPages} data-measured="true" data-measuring={printed.measuring}>
        {fits ? t('outcomeUi.fit.prints', { count: printed.bodyPages }) : t('outcomeUi.fit.printsTooLong', { count: printed.bodyPages })}
        {annexPages > 0 ? ` ${t('outcomeUi.fit.annex', { count: annexPages })}` : ''}
      </p>
      {cuts.length > 0 ? (
        <div className="outcome-cuts" role="group" aria-label={t('outcomeUi.fit.cutsLabel')}>
          <span>{t('outcomeUi.fit.cutsLabel')}</span>
          {cuts.map((cut) => (
            <button key={cut.id} type="button" className="button button-small" data-testid={`cut-${cut.id}`} onClick={() => onLayout?.(cut.apply(layout))}>
              {t(`outcomeUi.fit.cuts.${cut.id}`)}
            </button>
          ))}
        </div>
      ) : null}
      {changed && onLayout ? (
        <p className="outcome-cuts">
          <span>{appliedText(layout, t)}</span>
          <button type="button" className="button button-small" data-testid="cut-undo" onClick={onUndo}>
            {t('outcomeUi.fit.undo')}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function appliedText(layout: ReportLayout, t: (key: string) => string): string {
  const applied = [
    layout.picture === 'short' ? t('outcomeUi.fit.applied.shortPicture') : '',
    layout.picture === 'annex' ? t('outcomeUi.fit.applied.annexPicture') : '',
    layout.table === 'compact' ? t('outcomeUi.fit.applied.compactTable') : '',
  ].filter(Boolean);
  return applied.join(' ');
}

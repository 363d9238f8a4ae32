import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor } from '@shared/activities/outcome';
import { revealOrder } from '@shared/hackathon/results';
import { updateSettings } from '@shared/hackathon/settings';
import { JudgingProgress } from './JudgingProgress';
import { downloadCanvases, downloadResults } from './exportCsv';
import { ResultsTable } from './ResultsTable';
import { useHackathon, useScores } from './useHackathon';

type Props = { doc: Y.Doc; actor: Actor; title: string; readOnly?: boolean };

/**
 * The facilitator's judging desk: progress while judges score (counts only), then closing
 * judging, the results with ties, and stepping the projector's ceremony one place at a time.
 */
export function ResultsPanel({ doc, actor, title, readOnly = false }: Props) {
  const { t } = useTranslation();
  const data = useHackathon(doc);
  const { progress, results } = useScores(doc, actor);
  const { settings } = data;
  const submissionIds = data.submissions.map((submission) => submission.teamId);
  const groups = results ? revealOrder(results) : [];
  const set = (patch: Parameters<typeof updateSettings>[1]) => updateSettings(doc, patch, actor);

  return (
    <section className="hack-section" aria-labelledby="hack-results" data-testid="results-panel">
      <h2 id="hack-results">{t('hackathon.results.title')}</h2>
      <JudgingProgress settings={settings} rubric={data.rubric} submissionIds={submissionIds} teams={data.teams} progress={progress} />
      {!results ? (
        <>
          <p className="muted">{t('hackathon.results.notYet')}</p>
          {!readOnly ? (
            <button type="button" className="button button-primary" onClick={() => set({ closed: true, revealStep: 0 })}>
              {t('hackathon.results.close')}
            </button>
          ) : null}
        </>
      ) : (
        <>
          <p role="status">{t('hackathon.results.closed')}</p>
          <ResultsTable rows={results} teams={data.teams} submissions={data.submissions} />
          <p className="field-hint">{t('hackathon.results.method')}</p>
          <p data-testid="reveal-status">{t('hackathon.results.revealed', { shown: Math.min(settings.revealStep, groups.length), total: groups.length })}</p>
          {!readOnly ? (
            <div className="hack-row">
              <button type="button" className="button button-primary" disabled={settings.revealStep >= groups.length} onClick={() => set({ revealStep: settings.revealStep + 1 })}>
                {t('hackathon.results.revealNext')}
              </button>
              <button type="button" className="button" onClick={() => set({ revealStep: 0 })}>
                {t('hackathon.results.revealReset')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => set({ closed: false, revealStep: 0 })}>
                {t('hackathon.results.reopen')}
              </button>
            </div>
          ) : null}
          <div className="hack-row">
            <button type="button" className="button" onClick={() => downloadResults(doc, title)}>
              {t('hackathon.results.export')}
            </button>
          </div>
        </>
      )}
      <div className="hack-row">
        <button type="button" className="button" onClick={() => downloadCanvases(doc, title)}>
          {t('hackathon.results.exportCanvases')}
        </button>
      </div>
    </section>
  );
}

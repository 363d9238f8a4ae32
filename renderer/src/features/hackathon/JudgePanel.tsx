import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Actor, Refusal } from '@shared/activities/outcome';
import { canvasFields } from '@shared/hackathon/schema';
import { scoreSubmission } from '@shared/hackathon/scores';
import { RefusalMessage } from '../activities/RefusalMessage';
import { JudgeCodeForm } from './JudgeCodeForm';
import { TeamAttachments } from './TeamAttachments';
import { useHackathon, useScores } from './useHackathon';

/**
 * A judge's scoring sheet: every submission with its canvas, its files and one number per criterion.
 * Anyone else sees where to type the judge's code the facilitator gives them, and no controls.
 * The judge reads only their own marks (useScores) until judging closes.
 */
export function JudgePanel({ doc, actor }: { doc: Y.Doc; actor: Actor }) {
  const { t } = useTranslation();
  const { submissions, teams, rubric, settings } = useHackathon(doc);
  const { sheets } = useScores(doc, actor);
  const [refusal, setRefusal] = useState<{ key: string; refusal: Refusal }>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  if (!settings.judges.some((judge) => judge.deviceId === actor.deviceId)) {
    return (
      <div className="notice" data-testid="not-judge">
        <p>{t('hackathon.judge.notJudge')}</p>
        <JudgeCodeForm />
      </div>
    );
  }
  if (settings.closed) return <p className="notice">{t('hackathon.judge.closed')}</p>;
  if (!rubric) return <p className="muted">{t('hackathon.judge.noRubric')}</p>;
  if (submissions.length === 0) return <p className="muted">{t('hackathon.judge.none')}</p>;
  const names = new Map(teams.map((team) => [team.id, team.name]));

  function commit(submissionId: string, criterionId: string, text: string) {
    const key = `${submissionId}/${criterionId}`;
    const value = text.trim() === '' ? null : Number(text);
    const result = scoreSubmission(doc, submissionId, criterionId, value, actor, Date.now());
    setRefusal(result.ok ? undefined : { key, refusal: result.refusal });
    if (result.ok) setDrafts(({ [key]: _, ...rest }) => rest);
  }

  return (
    <div className="hack-judge" data-testid="judge-panel">
      <h3>{t('hackathon.judge.title')}</h3>
      {submissions.map((submission) => {
        const team = names.get(submission.teamId) ?? submission.teamId;
        const own = sheets.find((sheet) => sheet.submissionId === submission.teamId);
        return (
          <article key={submission.teamId} className="hack-card" data-testid="judge-submission">
            <h4>{team}</h4>
            <p>{submission.summary}</p>
            <details>
              <summary>{t('hackathon.space.canvas')}</summary>
              <dl className="hack-canvas-read">
                {canvasFields.map((field) => (
                  <div key={field}>
                    <dt>{t(`hackathon.canvas.${field}`)}</dt>
                    <dd>{submission.canvas[field] || '—'}</dd>
                  </div>
                ))}
              </dl>
            </details>
            <TeamAttachments doc={doc} teamId={submission.teamId} actor={actor} canAdd={false} />
            <div className="hack-marks">
              {rubric.criteria.map((criterion) => {
                const key = `${submission.teamId}/${criterion.id}`;
                const stored = own?.marks[criterion.id];
                return (
                  <label key={criterion.id} className="field">
                    <span>{t('hackathon.judge.score', { criterion: criterion.label, team })}</span>
                    <input
                      className="hack-number"
                      inputMode="numeric"
                      value={drafts[key] ?? (stored === undefined ? '' : String(stored))}
                      placeholder={t('hackathon.judge.scale', { min: rubric.scale.min, max: rubric.scale.max })}
                      onChange={(event) => setDrafts({ ...drafts, [key]: event.target.value })}
                      onBlur={(event) => commit(submission.teamId, criterion.id, event.target.value)}
                    />
                    {refusal?.key === key ? <RefusalMessage refusal={refusal.refusal} /> : null}
                  </label>
                );
              })}
            </div>
            <p className="muted">{t('hackathon.judge.scored', { count: Object.keys(own?.marks ?? {}).length, total: rubric.criteria.length })}</p>
          </article>
        );
      })}
    </div>
  );
}

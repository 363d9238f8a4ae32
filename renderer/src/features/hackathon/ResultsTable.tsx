import { useTranslation } from 'react-i18next';
import type { ResultRow } from '@shared/hackathon/results';
import type { Submission } from '@shared/hackathon/schema';
import type { TeamView } from '@shared/hackathon/teams';
import { formatDecimal } from '../../i18n/formats';

type Props = { rows: readonly ResultRow[]; teams: readonly TeamView[]; submissions: readonly Submission[] };


/** Results best first; tied teams share a rank and say so. */
export function ResultsTable({ rows, teams, submissions }: Props) {
  const { t, i18n } = useTranslation();
  const fixed = (value: number | undefined, digits: number) => (value === undefined ? '' : formatDecimal(value, i18n.language, digits));
  const names = new Map(teams.map((team) => [team.id, team.name]));
  const late = new Set(submissions.filter((submission) => submission.late).map((submission) => submission.teamId));
  return (
    <div className="hack-scroll">
      <table className="hack-table" data-testid="results-table">
        <thead>
          <tr>
            <th scope="col">{t('hackathon.results.rank')}</th>
            <th scope="col">{t('hackathon.results.team')}</th>
            <th scope="col">{t('hackathon.results.score')}</th>
            <th scope="col">{t('hackathon.results.raw')}</th>
            <th scope="col">{t('hackathon.results.judges')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.submissionId} data-testid="result-row">
              <td>
                {row.rank ?? t('hackathon.results.unscored')}
                {row.tied ? <span className="badge">{t('hackathon.results.tie')}</span> : null}
              </td>
              <td>
                {names.get(row.submissionId) ?? row.submissionId}
                {late.has(row.submissionId) ? <span className="badge badge-warning">{t('hackathon.submissions.late')}</span> : null}
              </td>
              <td>{fixed(row.score, 2)}</td>
              <td>{fixed(row.raw, 2)}</td>
              <td>{row.judges}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

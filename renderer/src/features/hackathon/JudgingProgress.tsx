import { useTranslation } from 'react-i18next';
import type { Rubric } from '@shared/hackathon/schema';
import type { HackathonSettings } from '@shared/hackathon/schema';
import type { TeamView } from '@shared/hackathon/teams';

type Props = {
  settings: HackathonSettings;
  rubric: Rubric | undefined;
  submissionIds: readonly string[];
  teams: readonly TeamView[];
  progress: readonly { judgeId: string; submissionId: string; marked: number }[];
};

/** Who has scored what: counts of marked criteria per judge and team, never the marks. */
export function JudgingProgress({ settings, rubric, submissionIds, teams, progress }: Props) {
  const { t } = useTranslation();
  if (settings.judges.length === 0) return <p className="muted">{t('hackathon.progress.none')}</p>;
  const total = rubric?.criteria.length ?? 0;
  const names = new Map(teams.map((team) => [team.id, team.name]));
  const marked = new Map(progress.map((row) => [`${row.judgeId}/${row.submissionId}`, row.marked]));
  return (
    <div className="hack-scroll">
      <table className="hack-table" data-testid="judging-progress">
        <caption>{t('hackathon.progress.title')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {submissionIds.map((id) => (
              <th key={id} scope="col">
                {names.get(id) ?? id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {settings.judges.map((judge) => (
            <tr key={judge.deviceId}>
              <th scope="row">{judge.name || judge.deviceId}</th>
              {submissionIds.map((id) => {
                const count = marked.get(`${judge.deviceId}/${id}`);
                return <td key={id}>{count === undefined ? t('hackathon.progress.missing') : t('hackathon.progress.cell', { marked: count, total })}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

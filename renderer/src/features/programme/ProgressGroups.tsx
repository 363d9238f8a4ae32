import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { smallGroupLimit } from '@shared/programme/groupProgress';
import type { ProgrammeSummary } from '@shared/programme/summary';
import { WorkshopColumnsHead } from './WorkshopColumnsHead';
import { formatChange, formatLevel } from './progressFormat';

const labelKey = (dimension: 'gender' | 'group', key: string) => (key === 'notRecorded' ? 'attendance.notRecorded' : `attendance.${dimension === 'gender' ? 'genders' : 'groups'}.${key}`);

/**
 * Each gender and stakeholder group, workshop by workshop: how many rated before and after and
 * how far their own mean moved, so a group left behind shows even where the room's mean rose. A
 * group too small to show a level says so instead of a number.
 */
export function ProgressGroups({ summary }: { summary: ProgrammeSummary }) {
  const { t, i18n } = useTranslation();
  if (summary.groups.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('programme.progress.groups')}>
      <table className="progress-table" data-testid="progress-groups">
        <caption>{t('programme.progress.groupsCaption', { limit: smallGroupLimit })}</caption>
        <WorkshopColumnsHead rowLabel={t('programme.progress.group')} workshops={summary.workshops} />
        <tbody>
          {summary.groups.map((pooled, index) => (
            <Fragment key={`${pooled.dimension}/${pooled.key}`}>
              {/* Each dimension under its own heading: "Not recorded" is a gender and a group too. */}
              {summary.groups[index - 1]?.dimension !== pooled.dimension ? (
                <tr>
                  <th scope="colgroup" colSpan={summary.workshops.length + 2} className="progress-dimension">
                    {t(pooled.dimension === 'gender' ? 'attendance.counts.byGender' : 'attendance.counts.byGroup')}
                  </th>
                </tr>
              ) : null}
              <tr data-group={`${pooled.dimension}/${pooled.key}`}>
                <th scope="row">{t(labelKey(pooled.dimension, pooled.key))}</th>
                {summary.workshops.map((row) => {
                  const group = row.groups.find((item) => item.dimension === pooled.dimension && item.key === pooled.key);
                  if (!group) return <td key={row.workshopId}>–</td>;
                  return (
                    <td key={row.workshopId}>
                      <span className="group-people">{t('programme.progress.people', { before: group.before.count, after: group.after.count })}</span>{' '}
                      <span className="group-change">{group.withheld ? t('programme.progress.tooFew') : formatChange(group.delta, i18n.language)}</span>
                    </td>
                  );
                })}
                <td>
                  <span className="group-people">{t('programme.progress.people', { before: pooled.before.count, after: pooled.after.count })}</span>{' '}
                  <span className="group-change">
                    {formatLevel(pooled.before.mean, i18n.language)} → {formatLevel(pooled.after.mean, i18n.language)} ({formatChange(pooled.delta, i18n.language)})
                  </span>
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { groupKey, stakeholderGroups, type StakeholderGroup } from '@shared/attendance/schema';
import { withdrawCoalitionInterest } from '@shared/coalition/interest';
import type { CoalitionMember } from '@shared/coalition/list';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/ToastProvider';

type CoalitionMembersProps = { doc: Y.Doc; members: readonly CoalitionMember[]; readOnly: boolean };

const isGroup = (value: string): value is StakeholderGroup => (stakeholderGroups as readonly string[]).includes(value);

/**
 * Who in this workshop asked to be on the coalition list, for the facilitator. Withdrawing on
 * someone's behalf is confirmed first: it cannot be undone from here, only by the person.
 */
export function CoalitionMembers({ doc, members, readOnly }: CoalitionMembersProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [confirming, setConfirming] = useState<CoalitionMember>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  function withdraw(member: CoalitionMember) {
    setConfirming(undefined);
    if (withdrawCoalitionInterest(doc, member.participantId, Date.now()).ok) toast({ message: t('coalition.list.withdrawn', { name: member.name }) });
  }

  if (members.length === 0) return <p className="muted">{t('coalition.list.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="register-table coalition-table" data-testid="coalition-table">
        <caption className="visually-hidden">{t('coalition.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coalition.list.name')}</th>
            <th scope="col">{t('coalition.list.organisation')}</th>
            <th scope="col">{t('coalition.list.country')}</th>
            <th scope="col">{t('coalition.list.group')}</th>
            <th scope="col">{t('coalition.list.joins')}</th>
            <th scope="col">{t('coalition.list.workingGroups')}</th>
            <th scope="col">{t('coalition.list.consentedAt')}</th>
            {readOnly ? null : <th scope="col">{t('coalition.list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.participantId} data-testid="coalition-row">
              <th scope="row" dir="auto">
                {member.name}
              </th>
              <td dir="auto">{member.organisation}</td>
              <td dir="auto">{member.country}</td>
              <td>{isGroup(member.group) ? t(groupKey(member.group)) : ''}</td>
              <td>{member.joinCoalition ? t('coalition.list.yes') : t('coalition.list.no')}</td>
              <td>
                <ul>
                  {member.workingGroups.map((group) => (
                    <li key={group.id} dir="auto">
                      {group.label}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{date.format(member.consent.at)}</td>
              {readOnly ? null : (
                <td>
                  <button type="button" className="button button-small button-danger-quiet" aria-label={t('coalition.list.withdrawLabel', { name: member.name })} onClick={() => setConfirming(member)}>
                    {t('coalition.list.withdraw')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {confirming ? (
        <ConfirmDialog
          title={t('coalition.list.confirmTitle', { name: confirming.name })}
          body={t('coalition.list.confirmBody')}
          confirmLabel={t('coalition.list.withdraw')}
          cancelLabel={t('coalition.list.cancel')}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => withdraw(confirming)}
        />
      ) : null}
    </div>
  );
}

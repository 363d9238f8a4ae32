import { useTranslation } from 'react-i18next';
import type { TeamBalance } from '@shared/hackathon/balance';

/** The team-mix hints in words; group and gender ids become their labels. */
export function BalanceHints({ balance }: { balance: TeamBalance }) {
  const { t } = useTranslation();
  if (balance.hints.length === 0) return null;
  return (
    <ul className="hack-hints" aria-label={t('hackathon.teams.balance')} data-testid="balance-hints">
      {balance.hints.map((hint) => (
        <li key={hint.code}>
          {t(hint.code, {
            group: hint.group ? t(`attendance.groups.${hint.group}`) : '',
            gender: hint.gender ? t(`attendance.genders.${hint.gender}`) : '',
            groups: (hint.groups ?? '')
              .split(',')
              .filter(Boolean)
              .map((group) => t(`attendance.groups.${group}`))
              .join(', '),
          })}
        </li>
      ))}
    </ul>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeCoalition, type CoalitionMember } from '@shared/coalition/list';
import { saveCoalitionCsv } from './coalitionFile';
import { readRegisters } from './readRegisters';
import './coalition.css';

type ProgrammeCoalitionProps = {
  name: string;
  workshops: readonly { id: string; title: string; updatedAt: number }[];
};

/**
 * The programme's coalition list: everyone who agreed in one of its workshops, once each, read
 * again whenever a workshop changes, so a withdrawal leaves the next export at once.
 */
export function ProgrammeCoalition({ name, workshops }: ProgrammeCoalitionProps) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<readonly CoalitionMember[]>();
  const [failure, setFailure] = useState<string>();
  const stamp = workshops.map((row) => `${row.id}:${row.title}:${row.updatedAt}`).join(',');

  useEffect(() => {
    let cancelled = false;
    readRegisters(workshops).then(
      (registers) => !cancelled && setMembers(programmeCoalition(registers)),
      (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `stamp` stands for `workshops`.
  }, [stamp]);

  async function exportList() {
    // Read again at the moment of export: a withdrawal a second ago must already count.
    const fresh = programmeCoalition(await readRegisters(workshops));
    setMembers(fresh);
    await saveCoalitionCsv(name, fresh);
  }

  if (workshops.length === 0) return null;
  return (
    <section className="programme-coalition" aria-labelledby="programme-coalition-title" data-testid="programme-coalition">
      <h2 id="programme-coalition-title">{t('coalition.programme.heading')}</h2>
      <p className="muted">{t('coalition.programme.explain')}</p>
      {members ? <p data-testid="programme-coalition-count">{t('coalition.programme.count', { count: members.length })}</p> : null}
      {failure ? (
        <p role="alert" className="notice notice-error">
          {t('coalition.programme.failed', { message: failure })}
        </p>
      ) : null}
      <div className="coalition-actions">
        <button type="button" className="button" onClick={() => void exportList().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)))}>
          {t('coalition.programme.export')}
        </button>
      </div>
    </section>
  );
}

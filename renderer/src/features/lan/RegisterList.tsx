import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readParticipants } from '@shared/attendance/register';

/** The names in the attendance register, live, so the facilitator sees people sign themselves in. */
export function RegisterList({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const [names, setNames] = useState<string[]>(() => readParticipants(doc).participants.map((p) => p.name));
  useEffect(() => {
    const refresh = () => setNames(readParticipants(doc).participants.map((p) => p.name));
    refresh();
    doc.on('update', refresh);
    return () => doc.off('update', refresh);
  }, [doc]);
  return (
    <section aria-labelledby="register-list-title">
      <h3 id="register-list-title">{t('lan.register.title', { count: names.length })}</h3>
      <ul className="register-list" data-testid="register-list">
        {names.map((name, index) => (
          <li key={`${index}-${name}`}>{name}</li>
        ))}
      </ul>
    </section>
  );
}

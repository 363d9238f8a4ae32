import { useTranslation } from 'react-i18next';
import type { WorkshopSnapshot } from '@shared/workshop/doc';

/** Says why a workshop cannot be edited, in enough detail to act on, instead of a blank screen. */
export function ReadOnlyNotice({ snapshot, unreadableUpdates }: { snapshot: WorkshopSnapshot; unreadableUpdates: number }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-warning" role="alert" data-testid="read-only-notice">
      <h2>{t('workshop.readOnlyTitle')}</h2>
      {unreadableUpdates > 0 ? <p>{t('workshop.readOnlyDamaged', { count: unreadableUpdates })}</p> : null}
      {snapshot.newerSchema ? (
        <p>{t('workshop.readOnlyNewer', { version: String(snapshot.meta?.schemaVersion ?? '?') })}</p>
      ) : snapshot.problems.length > 0 ? (
        <>
          <p>{t('workshop.readOnlyInvalid')}</p>
          <ul>
            {snapshot.problems.slice(0, 10).map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

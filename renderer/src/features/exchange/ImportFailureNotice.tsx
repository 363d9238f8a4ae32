import { useTranslation } from 'react-i18next';
import type { ImportFailure } from './ImportFileButton';

/** Stays on screen until dismissed: a toast could vanish before the user has read what to do. */
export function ImportFailureNotice({ failure, onDismiss }: { failure: ImportFailure; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="notice notice-error import-failure" role="alert" data-testid="import-failure">
      <h2>{t('exchange.failedTitle', { name: failure.fileName })}</h2>
      <p>{failure.message}</p>
      <p>{t('exchange.unchanged')}</p>
      <button type="button" className="button button-small" onClick={onDismiss}>
        {t('exchange.dismiss')}
      </button>
    </section>
  );
}

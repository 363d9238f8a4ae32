import { useTranslation } from 'react-i18next';
import type { Refusal } from '@shared/activities/outcome';

/** A refusal from the domain, in the reader's language, announced as it appears. */
export function RefusalMessage({ refusal, id }: { refusal: Refusal | undefined; id?: string }) {
  const { t } = useTranslation();
  if (!refusal) return null;
  return (
    <p id={id} className="field-error" role="alert" data-testid="refusal">
      {t(refusal.code, refusal)}
    </p>
  );
}

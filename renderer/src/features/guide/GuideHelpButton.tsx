import { useTranslation } from 'react-i18next';
import { setGuideShown } from './guideSetting';

/** Help: brings the first-workshop guide back after it was skipped. */
export function GuideHelpButton({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => {
        setGuideShown(true);
        onShow();
      }}
    >
      {t('guide.help')}
    </button>
  );
}

import { useTranslation } from 'react-i18next';
import { setShortcutsEnabled, useShortcutsEnabled } from './shortcutSetting';

/** The device's switch for keyboard shortcuts (see shortcutSetting for why it exists). */
export function ShortcutsToggle() {
  const { t } = useTranslation();
  const enabled = useShortcutsEnabled();
  return (
    <label className="checkbox shortcuts-toggle">
      <input type="checkbox" checked={enabled} onChange={(event) => setShortcutsEnabled(event.target.checked)} data-testid="shortcuts-toggle" />
      <span>{t('app.shortcuts')}</span>
    </label>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next, loadLanguage } from '../../i18n';
import { isSupported } from '../../i18n/languages';

/**
 * The language the report is written in: the workshop's session language when Baraza speaks it,
 * else this device's. The report goes to the organiser and sponsors of that session, so it
 * should not change with whoever happens to press Export. Its strings are loaded first, so the
 * competency names in the draft come out in that language too. `loading`: until they are, the
 * language given is this device's, and nothing should be drafted or exported with it (a draft
 * made then would keep this device's date format under the session language's headings).
 */
export function useReportLanguage(sessionLanguage: string | undefined): { language: string; loading: boolean } {
  const { i18n } = useTranslation();
  const wanted = isSupported(sessionLanguage) ? sessionLanguage : i18n.language;
  const [ready, setReady] = useState(() => i18next.hasResourceBundle(wanted, 'translation'));
  useEffect(() => {
    let cancelled = false;
    setReady(i18next.hasResourceBundle(wanted, 'translation'));
    if (!isSupported(wanted)) return;
    void loadLanguage(wanted)
      .then(() => !cancelled && setReady(true))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return ready ? { language: wanted, loading: false } : { language: i18n.language, loading: true };
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appVersion } from '../../app/version';
import { offlineCopyVersion } from './offlineCopy';

/**
 * One quiet line with the app's version and, where the device keeps an offline copy, that copy's
 * build: what a facilitator asks for when one phone behaves differently from the others.
 */
export function AppVersion() {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = () => void offlineCopyVersion().then((version) => current && setCopy(version));
    read();
    // The copy is written in the background after the first visit; look again once it may be there.
    const later = window.setTimeout(read, 5000);
    return () => {
      current = false;
      window.clearTimeout(later);
    };
  }, []);
  return (
    <p className="app-version" data-testid="app-version" data-offline-copy={copy ?? ''}>
      {copy ? t('offline.versionWithCopy', { version: appVersion, build: copy }) : t('offline.version', { version: appVersion })}
    </p>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appVersion } from '../../app/version';
import { exportWorkshopFile } from '../../persistence/workshopFiles';
import { useToast } from '../../ui/ToastProvider';
import { downloadBytes } from './download';
import { barazaFileName } from './fileName';

/** Downloads the whole workshop as a `.baraza` file, to carry to another laptop and merge. */
export function ExportFileButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  async function exportFile() {
    if (busy) return;
    setBusy(true);
    try {
      const file = await exportWorkshopFile(id, appVersion);
      if (file) downloadBytes(file.bytes, barazaFileName(file.title));
      else toast({ message: t('exchange.exportMissing') });
    } catch (error) {
      toast({ message: t('exchange.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="button button-small" aria-busy={busy} onClick={() => void exportFile()}>
      {t('exchange.export')}
    </button>
  );
}

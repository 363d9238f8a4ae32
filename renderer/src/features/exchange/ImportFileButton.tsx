import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { barazaExtension } from '@shared/exchange/barazaFile';
import { navigate } from '../../app/router';
import { importWorkshopFile } from '../../persistence/workshopFiles';
import { useToast } from '../../ui/ToastProvider';
import { importErrorMessage } from './importErrorMessage';

export type ImportFailure = { fileName: string; message: string };

type ImportFileButtonProps = {
  /** Called with what went wrong, or with undefined once a file imports cleanly. */
  onFailure: (failure: ImportFailure | undefined) => void;
  primary?: boolean;
  /** Called with the workshop's id once it is added or merged (a programme adds it to itself). */
  onImported?: (id: string) => void;
};

/** Opens a file picker for a `.baraza` file, then adds or merges the workshop it holds. */
export function ImportFileButton({ onFailure, primary = false, onImported }: ImportFileButtonProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    // Decoding a big file holds the main thread; let the busy label paint first.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    try {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        onFailure({ fileName: file.name, message: t('exchange.errors.unreadable', { message: describe(error) }) });
        return;
      }
      const outcome = await importWorkshopFile(bytes);
      if (!outcome.ok) {
        onFailure({ fileName: file.name, message: importErrorMessage(outcome.error, t, i18n.language) });
        return;
      }
      onFailure(undefined);
      onImported?.(outcome.id);
      const title = outcome.title || t('workshop.untitled');
      const open = () => navigate({ name: 'workshop', id: outcome.id, tab: 'agenda' });
      if (outcome.action === 'added') toast({ message: t('exchange.added', { title }), actionLabel: t('exchange.open'), onAction: open });
      else if (outcome.changes > 0) toast({ message: t('exchange.merged', { title, count: outcome.changes }), actionLabel: t('exchange.open'), onAction: open });
      else toast({ message: t('exchange.upToDate', { title }) });
    } catch (error) {
      onFailure({ fileName: file.name, message: t('exchange.errors.storage', { message: describe(error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className={`button${primary ? ' button-primary' : ''}`}
        // aria-disabled rather than disabled, so keyboard focus stays on the button while it works.
        aria-disabled={busy}
        aria-busy={busy}
        onClick={() => {
          if (!busy) input.current?.click();
        }}
      >
        {busy ? t('exchange.importing') : t('exchange.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept={barazaExtension}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again (after fixing it, say) fires again.
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

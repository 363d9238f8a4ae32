import { useTranslation } from 'react-i18next';
import type { Refusal } from '@shared/activities/outcome';
import { formatDecimal } from '../../i18n/formats';

const mebibyte = 1024 * 1024;

/**
 * Why a file was not attached or removed, in the reader's language. Sizes arrive in bytes and are
 * written as megabytes the language's way; the sentences carry their own word for MB.
 */
export function useAttachmentMessages(): { describe: (refusal: Refusal) => string; megabytes: (bytes: number) => string } {
  const { t, i18n } = useTranslation();
  const megabytes = (bytes: number) => formatDecimal(bytes / mebibyte, i18n.language, 1);
  const describe = (refusal: Refusal): string => {
    if (refusal.code === 'hackathon.attachments.tooLarge') {
      return t(refusal.code, { name: refusal.name, size: megabytes(Number(refusal.size)), limit: megabytes(Number(refusal.limit)) });
    }
    return t(refusal.code, refusal);
  };
  return { describe, megabytes };
}

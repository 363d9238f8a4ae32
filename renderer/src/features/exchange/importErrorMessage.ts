import type { TFunction } from 'i18next';
import type { ImportError } from '@shared/exchange/importWorkshop';
import { formatDecimal } from '../../i18n/formats';

const megabytes = (bytes: number, language: string): string => formatDecimal(bytes / (1024 * 1024), language, 1);

/** What went wrong with a file and what to do about it, in the user's language. */
export function importErrorMessage(error: ImportError, t: TFunction, language: string): string {
  switch (error.code) {
    case 'file.empty':
      return t('exchange.errors.empty');
    case 'file.tooLarge':
      return t('exchange.errors.tooLarge', { size: megabytes(error.bytes, language), max: megabytes(error.max, language) });
    case 'file.foreign':
      return t('exchange.errors.foreign');
    case 'file.truncated':
      return t('exchange.errors.truncated', { bytes: error.bytes, expected: error.expected });
    case 'file.newerFormat':
      return t('exchange.errors.newerFormat');
    case 'file.newerSchema':
      return t('exchange.errors.newerSchema', { version: error.version });
    case 'file.corrupt':
      return t(`exchange.errors.corrupt${error.part.charAt(0).toUpperCase()}${error.part.slice(1)}`);
    case 'file.checksum':
      return t('exchange.errors.checksum');
    case 'file.incomplete':
      return t('exchange.errors.incomplete');
    case 'file.invalidWorkshop':
      return t('exchange.errors.invalidWorkshop');
    case 'file.otherWorkshop':
      return t('exchange.errors.otherWorkshop');
  }
}

/** Numbers on the progress screen as the app's language writes them; "–" where there is none. */
const none = '–';

function format(value: number, language: string, options: Intl.NumberFormatOptions): string {
  try {
    return new Intl.NumberFormat(language, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}

export const formatLevel = (value: number | undefined, language: string) => (value === undefined ? none : format(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
export const formatChange = (value: number | undefined, language: string) =>
  value === undefined ? none : format(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
export const formatShare = (value: number | undefined, language: string) => (value === undefined ? none : format(value, language, { style: 'percent', maximumFractionDigits: 0 }));

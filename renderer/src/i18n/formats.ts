/**
 * Numbers, sizes and clock times in the reader's language, through Intl: a French screen shows
 * "3,5" and "1,5 Mo" where toFixed would write "3.5" and "1.5 MB". A tag Intl does not know
 * falls back to English rather than throwing in the middle of a render.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (language: string) => T, language: string): T {
  const id = `${key}|${language}`;
  let format = formats.get(id) as T | undefined;
  if (!format) {
    try {
      format = make(language);
    } catch {
      format = make('en');
    }
    formats.set(id, format);
  }
  return format;
}

/** A number with exactly `digits` decimals, as the language writes it (3.5, 3,5, ٣٫٥). */
export function formatDecimal(value: number, language: string, digits: number): string {
  return cached(`decimal${digits}`, (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }), language).format(value);
}

/** A file size in megabytes with its unit, one decimal: "1.5 MB", "1,5 Mo". */
export function formatMegabytes(bytes: number, language: string): string {
  return cached('megabytes', (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }), language).format(bytes / (1024 * 1024));
}

/**
 * The hour and minute of a moment on this device's clock, in the language's digits and
 * separators, on the 24-hour clock the agenda's times use everywhere (a session is a day's work).
 */
export function formatTimeOfDay(time: number, language: string): string {
  return cached('time', (tag) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }), language).format(time);
}

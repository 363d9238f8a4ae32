/**
 * A join link as a QR code in a terminal, so a facilitator running the hub headless can let
 * people scan straight from the screen. Two rows of modules per line of text (upper half block,
 * foreground = upper module, background = lower), with explicit ANSI black and white so it scans
 * the same on a dark or a light terminal theme.
 */
import qrcode from 'qrcode-generator';

const black = 0;
const white = 7;
const quiet = 2;

export function terminalQr(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  const size = count + quiet * 2;
  const dark = (row: number, column: number): boolean => {
    const r = row - quiet;
    const c = column - quiet;
    return r >= 0 && c >= 0 && r < count && c < count && qr.isDark(r, c);
  };
  const lines: string[] = [];
  for (let row = 0; row < size; row += 2) {
    let line = '';
    for (let column = 0; column < size; column++) {
      const top = dark(row, column) ? black : white;
      const bottom = row + 1 < size && dark(row + 1, column) ? black : white;
      line += `\x1b[3${top};4${bottom}m\u2580`;
    }
    lines.push(`${line}\x1b[0m`);
  }
  return lines.join('\n');
}

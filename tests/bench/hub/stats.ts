// Percentiles and the printed comparison table.
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

export interface Row {
  figure: string;
  reference: number;
  hub: number;
  unit: string;
}

export function printTable(rows: Row[]): void {
  const format = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2));
  const lines = [['figure', 'reference', 'hub', 'hub / ref'], ...rows.map((row) => [row.figure, `${format(row.reference)} ${row.unit}`, `${format(row.hub)} ${row.unit}`, `${(row.hub / row.reference).toFixed(2)}×`])];
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const [index, line] of lines.entries()) {
    console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

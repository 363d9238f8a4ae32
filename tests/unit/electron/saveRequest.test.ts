import { describe, expect, it } from 'vitest';
import { pathWithExtension } from '../../../electron/main/saveRequest';
import { validIpcArgs } from '../../../shared/ipc/requests';

const isSaveRequest = (args: unknown[]) => validIpcArgs('file/save', args);
const isPrintRequest = (args: unknown[]) => validIpcArgs('pdf/print', args);

describe('what the page may ask the desktop app to save', () => {
  const bytes = new Uint8Array([1, 2, 3]);

  it('accepts a plain file name in any script with an allowed extension', () => {
    for (const name of ['kisumu-forum-outcome.docx', 'منتدى-نيروبي.pdf', 'forum_2026.participants.csv', 'workshop.json', 'report.md', 'report.html']) {
      expect(isSaveRequest([name, bytes])).toBe(true);
    }
  });

  it('refuses names that carry a folder, climb out, hide, or have another extension', () => {
    for (const name of ['../outcome.docx', 'a/b.docx', 'a\\b.docx', '/etc/passwd.csv', '.bashrc.csv', 'C:report.pdf', 'run.exe', 'report.docx.exe', 'report', '']) {
      expect(isSaveRequest([name, bytes])).toBe(false);
    }
  });

  it('refuses anything that is not bytes, and extra or missing arguments', () => {
    expect(isSaveRequest(['report.csv', 'text'])).toBe(false);
    expect(isSaveRequest(['report.csv'])).toBe(false);
    expect(isSaveRequest(['report.csv', bytes, 'more'])).toBe(false);
  });

  it('prints only to a PDF name', () => {
    expect(isPrintRequest(['<html></html>', 'outcome.pdf'])).toBe(true);
    expect(isPrintRequest(['<html></html>', 'outcome.html'])).toBe(false);
    expect(isPrintRequest([42, 'outcome.pdf'])).toBe(false);
  });

  it('keeps the extension the file was made with', () => {
    expect(pathWithExtension('/home/amina/report.docx', 'x.docx')).toBe('/home/amina/report.docx');
    expect(pathWithExtension('/home/amina/report', 'x.docx')).toBe('/home/amina/report.docx');
    expect(pathWithExtension('/home/amina/report.txt', 'x.csv')).toBe('/home/amina/report.txt.csv');
  });
});

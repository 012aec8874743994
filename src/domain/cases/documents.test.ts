import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCEPT_ATTRIBUTE,
  ALLOWED_TYPES_TEXT,
  attachmentDisposition,
  checkDocumentFile,
  cleanFileName,
  DOCUMENT_TYPES,
  documentTypeName,
  extensionOf,
  isDocumentType,
  isPlainText,
  sizeText,
} from './documents.js';

const MB = 1024 * 1024;
const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (s: string) => new TextEncoder().encode(s);
const zip = (...rest: number[]) => bytes(0x50, 0x4b, 0x03, 0x04, ...rest);
/** The start of an OpenDocument text file: a ZIP whose first entry is "mimetype", stored. */
const odt = () => {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04]);
  return Uint8Array.from([...header, ...text('mimetypeapplication/vnd.oasis.opendocument.text')]);
};
const SAMPLES: Record<string, Uint8Array> = {
  pdf: text('%PDF-1.7\n%âãÏÓ\n'),
  docx: zip(0x14, 0x00, 0x06, 0x00),
  doc: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00),
  odt: odt(),
  txt: text('Door kicked at 23:10.\r\nNeighbour heard it.\n'),
  jpg: bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10),
  jpeg: bytes(0xff, 0xd8, 0xff, 0xe1),
  png: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00),
};

describe('document types', () => {
  it('offers statement, photograph, letter, report and other', () => {
    expect(DOCUMENT_TYPES.map((t) => t.code)).toEqual(['statement', 'photo', 'letter', 'report', 'other']);
    expect(isDocumentType('photo')).toBe(true);
    expect(isDocumentType('invoice')).toBe(false);
    expect(documentTypeName('photo')).toBe('Photograph');
  });
});

describe('checking an uploaded file', () => {
  it.each(Object.entries(SAMPLES))('accepts a real .%s file and stores the content type from the allow-list', (ext, content) => {
    const check = checkDocumentFile(`evidence.${ext.toUpperCase()}`, content, MB);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.contentType).toMatch(/^(application|image|text)\//);
  });

  it('names the allow-list in GOV.UK wording when the extension is not on it', () => {
    expect(ALLOWED_TYPES_TEXT).toBe('PDF, DOCX, DOC, ODT, TXT, JPG or PNG');
    for (const name of ['run.exe', 'page.html', 'image.svg', 'sheet.xlsx', 'no-extension']) {
      expect(checkDocumentFile(name, text('MZ...'), MB)).toEqual({
        ok: false,
        message: 'The selected file must be a PDF, DOCX, DOC, ODT, TXT, JPG or PNG',
      });
    }
  });

  it('refuses a file whose content does not match its extension', () => {
    expect(checkDocumentFile('photo.png', SAMPLES.jpg!, MB)).toEqual({
      ok: false,
      message: 'The selected file is not a real PNG file: its contents do not match its name',
    });
    expect(checkDocumentFile('letter.pdf', text('<html><script>alert(1)</script>'), MB).ok).toBe(false);
    expect(checkDocumentFile('statement.docx', SAMPLES.doc!, MB).ok).toBe(false);
    expect(checkDocumentFile('notes.txt', bytes(0x4d, 0x5a, 0x90, 0x00), MB).ok).toBe(false);
    // A DOCX is a ZIP but not an OpenDocument file.
    expect(checkDocumentFile('letter.odt', SAMPLES.docx!, MB).ok).toBe(false);
  });

  it('refuses an empty file', () => {
    expect(checkDocumentFile('empty.pdf', new Uint8Array(0), MB)).toEqual({ ok: false, message: 'The selected file is empty' });
  });

  it('accepts a file of exactly the limit and refuses one byte more, saying the limit', () => {
    const at = new Uint8Array(MB).fill(0x41);
    expect(checkDocumentFile('a.txt', at, MB).ok).toBe(true);
    const over = new Uint8Array(MB + 1).fill(0x41);
    expect(checkDocumentFile('a.txt', over, MB)).toEqual({ ok: false, message: 'The selected file must be smaller than 1 MB' });
    expect(checkDocumentFile('a.txt', over, 10 * MB).ok).toBe(true);
  });

  it('keeps only the base name of the file, without control characters', () => {
    expect(cleanFileName('C:\\Users\\pc\\Desktop\\statement.pdf')).toBe('statement.pdf');
    expect(cleanFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFileName('   ')).toBe('document');
    const long = cleanFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(extensionOf('Photo.JPEG')).toBe('jpeg');
    expect(extensionOf('.bashrc')).toBe('');
  });

  it('treats UTF-8 text as text, and binary or invalid UTF-8 as not', () => {
    expect(isPlainText(text('Café – “quoted”\ttab\f'))).toBe(true);
    expect(isPlainText(bytes(0x61, 0x00, 0x62))).toBe(false);
    expect(isPlainText(bytes(0xc3, 0x28))).toBe(false);
    // eslint-disable-next-line no-control-regex -- removes the control characters plain text may not hold
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => isPlainText(text(s.replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, '')))));
  });

  it('lists every allowed extension for the file input', () => {
    expect(ACCEPT_ATTRIBUTE).toBe('.pdf,.docx,.doc,.odt,.txt,.jpg,.jpeg,.png');
  });
});

describe('sizes and download names', () => {
  it('writes sizes for people', () => {
    expect(sizeText(10 * MB)).toBe('10 MB');
    expect(sizeText(1.25 * MB)).toBe('1.3 MB');
    expect(sizeText(340 * 1024)).toBe('340 KB');
    expect(sizeText(12)).toBe('12 bytes');
    expect(sizeText(1)).toBe('1 byte');
  });

  it('always downloads as an attachment, with a safe ASCII name and the exact name encoded', () => {
    expect(attachmentDisposition('statement.pdf')).toBe(`attachment; filename="statement.pdf"; filename*=UTF-8''statement.pdf`);
    const d = attachmentDisposition('Zoë\'s "letter"; (final).docx');
    expect(d).toBe(
      `attachment; filename="Zo__s _letter__ (final).docx"; filename*=UTF-8''Zo%C3%AB%27s%20%22letter%22%3B%20%28final%29.docx`,
    );
    fc.assert(
      fc.property(fc.string(), (name) => {
        const header = attachmentDisposition(name);
        expect(header).toMatch(/^attachment; filename="[A-Za-z0-9._ ()-]*"; filename\*=UTF-8''[A-Za-z0-9%._~-]*$/);
      }),
    );
  });
});

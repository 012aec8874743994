import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { LetterLayout } from './letter-layout.js';
import { renderLetterDocx } from './render-docx.js';
import { renderLetterPdf } from './render-pdf.js';

const LETTER: LetterLayout = {
  organisationName: 'Leicester City Council',
  dateText: '21 November 2026',
  recipientName: 'Sam O’Ryder',
  recipientAddress: '3 Elm Road\nLeicester\nLE1 1AA',
  subject: 'Community Protection Notice (reference ASB-1)',
  paragraphs: [
    'Dear Sam O’Ryder',
    'A fixed penalty of up to £100 – see section 52.',
    'You are required to:\n- stop <playing> music & "shouting"',
  ],
  title: 'Community Protection Notice',
  producedAt: new Date('2026-11-21T10:00:00Z'),
};

describe('rendering a letter', () => {
  it('as a Word document whose text is the letter, in order, as plain text', async () => {
    const bytes = await renderLetterDocx(LETTER);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    expect(text).toBe(
      [
        'Leicester City Council',
        '21 November 2026',
        'Sam O’Ryder',
        '3 Elm Road',
        'Leicester',
        'LE1 1AA',
        'Community Protection Notice (reference ASB-1)',
        'Dear Sam O’Ryder',
        'A fixed penalty of up to £100 – see section 52.',
        'You are required to:',
        '- stop &lt;playing&gt; music &amp; &quot;shouting&quot;',
      ].join('|'),
    );
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:title>Community Protection Notice</dc:title>');
  });

  it('as an A4 PDF that opens, with its title, the same bytes each time', async () => {
    const bytes = await renderLetterPdf(LETTER);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(new Uint8Array(bytes));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe('Community Protection Notice');
    expect((await renderLetterPdf(LETTER)).equals(bytes)).toBe(true);
  });

  it('runs a long letter on to further pages', async () => {
    const long = { ...LETTER, paragraphs: Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}: the conduct must stop.`) };
    expect((await PDFDocument.load(new Uint8Array(await renderLetterPdf(long)))).getPageCount()).toBeGreaterThan(1);
  });
});

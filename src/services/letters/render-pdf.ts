/**
 * Renders a letter as a PDF with the maintained `pdfkit` package: the same layout as the DOCX
 * (letterhead, date, recipient block, subject heading, paragraphs) on A4 with 2.5 cm margins, in
 * the standard Helvetica fonts every PDF reader has (no font files to ship). The document's
 * dates are the production time, so the same letter always renders to the same bytes.
 */
import PDFDocument from 'pdfkit';
import type { LetterLayout } from './letter-layout.js';

const MARGIN = 71; // 2.5 cm in points

/** @returns the .pdf file's bytes. */
export function renderLetterPdf(letter: LetterLayout): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      info: {
        Title: letter.title,
        Subject: letter.subject,
        Author: letter.organisationName,
        Producer: 'Concord',
        Creator: 'Concord',
        CreationDate: letter.producedAt,
        ModDate: letter.producedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(16).text(letter.organisationName, { align: 'right' });
    doc.moveDown(1.5);
    doc.font('Helvetica').fontSize(12).text(letter.dateText, { align: 'right' });
    doc.moveDown(1.5);
    doc.text([letter.recipientName, letter.recipientAddress].filter(Boolean).join('\n'));
    doc.moveDown(1.5);
    doc.font('Helvetica-Bold').fontSize(14).text(letter.subject);
    doc.moveDown(0.8);
    doc.font('Helvetica').fontSize(12);
    for (const p of letter.paragraphs) {
      doc.text(p, { align: 'left', lineGap: 2 });
      doc.moveDown(0.8);
    }
    doc.end();
  });
}

/**
 * Renders a letter as a Word document (DOCX) with the maintained `docx` package: the
 * organisation's name as letterhead, the date, the recipient's name and address, the subject as a
 * heading, then the paragraphs. A4, 2.5 cm margins, Arial 12 pt. Plain text only: nothing in
 * the letter is read as markup.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { LetterLayout } from './letter-layout.js';

const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1417; // 2.5 cm

function lines(text: string, opts: { bold?: boolean; size?: number } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...opts }));
}

/** @returns the .docx file's bytes. */
export async function renderLetterDocx(letter: LetterLayout): Promise<Buffer> {
  const doc = new Document({
    creator: letter.organisationName,
    title: letter.title,
    description: letter.subject,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 480 },
            children: lines(letter.organisationName, { bold: true, size: 32 }),
          }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 360 }, children: lines(letter.dateText) }),
          new Paragraph({
            spacing: { after: 360 },
            children: lines([letter.recipientName, letter.recipientAddress].filter(Boolean).join('\n')),
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            spacing: { after: 240 },
            children: lines(letter.subject, { bold: true, size: 28 }),
          }),
          ...letter.paragraphs.map((p) => new Paragraph({ spacing: { after: 200 }, children: lines(p) })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

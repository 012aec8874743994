/** What both renderers lay out: letterhead, date, recipient block, subject heading, paragraphs (plain text). */
export interface LetterLayout {
  /** The letterhead: the producing organisation's name. */
  organisationName: string;
  /** The date as shown, e.g. '21 November 2026'. */
  dateText: string;
  recipientName: string;
  /** Address lines separated by '\n', or null when none is recorded. */
  recipientAddress: string | null;
  subject: string;
  /** Paragraphs; '\n' inside one is a line break. */
  paragraphs: string[];
  /** Document metadata: the letter's name, e.g. 'Warning letter'. */
  title: string;
  /** When produced (document metadata). */
  producedAt: Date;
}

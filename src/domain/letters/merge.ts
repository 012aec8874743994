/**
 * Letter merge fields (issue 5 "Letters"): the fields a pro-forma template may use, written
 * `{{ case.reference }}`, a validator listing the fields a template uses that do not exist, and
 * the merge itself. Pure: no I/O. Letters are plain text, never HTML; the renderers
 * (services/letters/render-docx.ts, render-pdf.ts) lay the merged text out.
 *
 * A template's body is paragraphs separated by a blank line; a single line break inside a
 * paragraph is kept (an address, a list of requirements).
 */

/** Every merge field, with what it holds (shown to administrators beside the template editor). */
export const MERGE_FIELDS = [
  { name: 'case.reference', description: 'The case reference, for example ASB-2026-00123' },
  { name: 'case.summary', description: 'The case summary, as written on the case' },
  { name: 'recipient.name', description: 'The full name of the person the letter is to' },
  { name: 'recipient.address', description: 'Their address and postcode, as recorded (blank when not recorded)' },
  { name: 'officer.name', description: 'The name of the officer producing the letter' },
  { name: 'organisation.name', description: 'The organisation producing the letter (also on the letterhead)' },
  { name: 'today', description: 'The date the letter is produced, for example 21 November 2026' },
  { name: 'intervention.type', description: 'The chosen intervention’s type, for example Community Protection Warning' },
  { name: 'intervention.conduct', description: 'The conduct the chosen intervention addresses' },
  { name: 'intervention.terms', description: 'Its terms, requirements or prohibitions' },
  { name: 'intervention.issued_on', description: 'The date it was issued, served or agreed' },
  { name: 'intervention.compliance_due', description: 'The date by which the conduct must stop (Community Protection Warning)' },
  { name: 'intervention.review_on', description: 'Its review date' },
  {
    name: 'intervention.appeal_deadline',
    description: 'The last day to appeal (Community Protection Notice: 21 days beginning with the day of issue)',
  },
] as const;

export type MergeFieldName = (typeof MERGE_FIELDS)[number]['name'];

/** Values for a letter: a field left out (undefined) has no value for this letter. */
export type LetterFields = Partial<Record<MergeFieldName, string>>;

export interface LetterTemplateText {
  subject: string;
  body: string;
}

export interface MergedLetter {
  subject: string;
  paragraphs: string[];
}

const FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN = new Set<string>(MERGE_FIELDS.map((f) => f.name));

export function isMergeFieldName(name: string): name is MergeFieldName {
  return KNOWN.has(name);
}

/** The field names a text uses, in order of first use, without repeats. */
export function fieldsUsed(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(FIELD_PATTERN)) seen.add(m[1]!);
  return [...seen];
}

/**
 * The problems with a template's merge fields, one GOV.UK message per unknown field:
 * "The template uses a merge field that does not exist: {{ x }}". Empty when every field exists.
 */
export function templateFieldErrors(template: LetterTemplateText): string[] {
  const used = fieldsUsed(`${template.subject}\n${template.body}`);
  return used.filter((f) => !isMergeFieldName(f)).map((f) => `The template uses a merge field that does not exist: {{ ${f} }}`);
}

/** Merging failed: fields that do not exist, and known fields with no value for this letter. */
export class LetterMergeError extends Error {
  override name = 'LetterMergeError';
  constructor(
    readonly unknown: string[],
    readonly missing: MergeFieldName[],
  ) {
    super(
      unknown.length
        ? `The template uses a merge field that does not exist: {{ ${unknown[0]} }}`
        : `The letter needs {{ ${missing[0]} }}, which has no value`,
    );
  }
}

/** The body's paragraphs: split on blank lines, trimmed, line breaks inside a paragraph kept. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

/**
 * Merges `fields` into `template`.
 * @returns the subject (one line) and the paragraphs, plain text. A paragraph that is empty
 *   after merging (say `{{ recipient.address }}` when no address is recorded) is left out.
 * @throws LetterMergeError when the template uses an unknown field or a field with no value.
 */
export function mergeLetter(template: LetterTemplateText, fields: LetterFields): MergedLetter {
  const used = fieldsUsed(`${template.subject}\n${template.body}`);
  const unknown = used.filter((f) => !isMergeFieldName(f));
  const missing = used.filter(isMergeFieldName).filter((f) => fields[f] === undefined);
  if (unknown.length || missing.length) throw new LetterMergeError(unknown, missing);
  const fill = (text: string) => text.replace(FIELD_PATTERN, (_, name: string) => fields[name as MergeFieldName]!);
  return {
    subject: fill(template.subject).replace(/\s+/g, ' ').trim(),
    paragraphs: paragraphsOf(template.body)
      .map((p) => fill(p).trim())
      .filter((p) => p.length > 0),
  };
}

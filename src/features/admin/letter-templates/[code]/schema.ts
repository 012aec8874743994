/** The letter template form: name, subject and body (merge fields checked by the service). */
import { z } from 'zod';

export const templateSchema = z.object({
  name: z
    .string({ error: 'Enter the name of the letter' })
    .trim()
    .min(1, { error: 'Enter the name of the letter' })
    .max(120, { error: 'The name must be 120 characters or fewer' }),
  subject: z
    .string({ error: 'Enter the subject line' })
    .trim()
    .min(1, { error: 'Enter the subject line' })
    .max(300, { error: 'The subject line must be 300 characters or fewer' }),
  body: z
    .string({ error: 'Enter the text of the letter' })
    .trim()
    .min(1, { error: 'Enter the text of the letter' })
    .max(20_000, { error: 'The letter must be 20,000 characters or fewer' }),
});

export type TemplateValues = Partial<Record<'name' | 'subject' | 'body', string>>;

/** The values as posted (line endings normalised), kept for a re-rendered form. */
export function templateValues(body: unknown): TemplateValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const pick = (k: string) => (typeof b[k] === 'string' ? (b[k] as string).replace(/\r\n?/g, '\n') : undefined);
  return { name: pick('name'), subject: pick('subject'), body: pick('body') };
}

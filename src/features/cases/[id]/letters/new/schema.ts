/** The "Produce a letter" form: which pro forma, to whom, and optionally about which intervention. */
import { z } from 'zod';

const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const newLetterSchema = z.object({
  templateCode: z.string({ error: 'Select the letter to produce' }).regex(/^[a-z0-9_]{1,60}$/, { error: 'Select the letter to produce' }),
  personId: z.string({ error: 'Select who the letter is to' }).min(1, { error: 'Select who the letter is to' }),
  interventionId: z.preprocess(blankAsAbsent, z.string().max(60).optional()),
});

export type NewLetterValues = Partial<Record<'templateCode' | 'personId' | 'interventionId', string>>;

/** The values as posted, kept for a re-rendered form. */
export function newLetterValues(body: unknown): NewLetterValues {
  const b = (body ?? {}) as Record<string, unknown>;
  const pick = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : undefined);
  return { templateCode: pick('templateCode'), personId: pick('personId'), interventionId: pick('interventionId') };
}

/**
 * Form fields shared by the add and edit intervention-type pages (GOV.UK wording), and the
 * view-model pieces both pages use. Tiers are the LOCAL Incremental Approach ladder, 1–9 or none
 * (DOMAIN.md §2.3 [S45]).
 */
import { z } from 'zod';
import type { InterventionType } from '../../../services/powers/list-intervention-types.js';
import { SUBJECT_KINDS } from '../../../services/powers/admin-intervention-types.js';

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => v || null);

/** One checkbox ticked arrives as a string, several as an array, none as nothing. */
export const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);

export const interventionTypeFields = {
  name: z
    .string({ error: 'Enter the name of the type' })
    .trim()
    .min(1, 'Enter the name of the type')
    .max(200, 'Name must be 200 characters or fewer'),
  tier: z
    .enum(['none', '1', '2', '3', '4', '5', '6', '7', '8', '9'], { error: 'Select the step on the ladder, or not a step on the ladder' })
    .transform((v) => (v === 'none' ? null : Number(v))),
  statutory: z.enum(['yes', 'no'], { error: 'Select yes if this is a statutory power' }).transform((v) => v === 'yes'),
  subjectKinds: z.preprocess(
    asList,
    z.array(z.enum(SUBJECT_KINDS as ['person', 'body', 'premises', 'area'])).min(1, 'Select what this type can be used against'),
  ),
  legalSource: optionalText('Legal source', 300),
  description: optionalText('Description', 1000),
};

export const TIER_ITEMS = [
  { value: 'none', text: 'Not a step on the ladder (premises and area measures)' },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), text: `Step ${n}` })),
];

const SUBJECT_TEXT = { person: 'A person', body: 'A body (business or organisation)', premises: 'Premises', area: 'An area' } as const;

/** Values as the form posted them, kept for a re-display (checkboxes as a list). */
export function postedValues(body: unknown): Record<string, unknown> {
  const values = { ...((body ?? {}) as Record<string, unknown>) };
  return { ...values, subjectKinds: asList(values.subjectKinds) };
}

/** The form's values for a stored type. */
export function storedValues(t: InterventionType): Record<string, unknown> {
  return {
    name: t.name,
    tier: t.tier === null ? 'none' : String(t.tier),
    statutory: t.statutory ? 'yes' : 'no',
    subjectKinds: [...t.subjectKinds],
    legalSource: t.legalSource ?? '',
    description: t.description ?? '',
    active: t.active ? 'yes' : 'no',
  };
}

/** Items for the tier select and the subject-kind checkboxes, with the posted choice marked. */
export function formItems(values: Record<string, unknown>) {
  const kinds = asList(values.subjectKinds);
  return {
    tierItems: TIER_ITEMS.map((i) => ({ ...i, selected: i.value === values.tier })),
    subjectItems: SUBJECT_KINDS.map((k) => ({ value: k, text: SUBJECT_TEXT[k], checked: kinds.includes(k) })),
  };
}

import { z } from 'zod';

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => v || undefined);
const part = z
  .string()
  .trim()
  .optional()
  .transform((v) => v ?? '');

/** 'YYYY-MM-DD' for a real calendar date, or undefined. */
function realDate(day: string, month: string, year: string): string | undefined {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined;
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (d.getUTCDate() !== Number(day) || d.getUTCMonth() !== Number(month) - 1) return undefined;
  return d.toISOString().slice(0, 10);
}

/**
 * The audit search filters (GOV.UK wording), read from the query string. Dates come from
 * GOV.UK date inputs named `from-day`, `from-month`, `from-year` (and `to-…`); errors are
 * reported against the day field so the error summary links to it.
 */
export const auditQuerySchema = z
  .object({
    userEmail: text('Email address', 200),
    organisationId: z
      .string()
      .optional()
      .refine((v) => !v || z.uuid().safeParse(v).success, 'Select an organisation from the list')
      .transform((v) => v || undefined),
    action: text('Action', 100),
    entityId: text('Record id', 100),
    'from-day': part,
    'from-month': part,
    'from-year': part,
    'to-day': part,
    'to-month': part,
    'to-year': part,
  })
  .transform((q, ctx) => {
    const dates: Record<'from' | 'to', string | undefined> = { from: undefined, to: undefined };
    for (const [key, label] of [
      ['from', 'Date from'],
      ['to', 'Date to'],
    ] as const) {
      const parts = [q[`${key}-day`], q[`${key}-month`], q[`${key}-year`]] as const;
      if (parts.every((p) => !p)) continue;
      dates[key] = realDate(...parts);
      if (dates[key]) continue;
      const message = parts.some((p) => !p) ? `${label} must include a day, month and year` : `${label} must be a real date`;
      ctx.addIssue({ code: 'custom', path: [`${key}-day`], message });
    }
    if (dates.from && dates.to && dates.to < dates.from) {
      ctx.addIssue({ code: 'custom', path: ['to-day'], message: 'Date to must be the same as or after date from' });
    }
    return { userEmail: q.userEmail, organisationId: q.organisationId, action: q.action, entityId: q.entityId, ...dates };
  });

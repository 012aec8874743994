/**
 * Small presenters shared by the Reviews, Contact, Documents and Sharing tabs: due-state tags,
 * London dates and times for people, multi-line text as safe HTML, and the banner after a change.
 */
import type { DueState } from '../../../../domain/cases/due.js';
import type { FormErrors } from '../../../../platform/forms.js';

const TAGS: Record<DueState, { text: string; classes: string }> = {
  missing: { text: 'Not done', classes: 'govuk-tag--red' },
  overdue: { text: 'Overdue', classes: 'govuk-tag--red' },
  due_soon: { text: 'Due soon', classes: 'govuk-tag--yellow' },
  in_date: { text: 'In date', classes: 'govuk-tag--green' },
};

/** The GOV.UK tag ({ text, classes }) for a due state. */
export function dueTag(state: DueState): { text: string; classes: string } {
  return TAGS[state];
}

const londonDateTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** '3 December 2026 at 14:05' in Europe/London. */
export function dateTimeText(instant: Date): string {
  return londonDateTime.format(instant);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text typed by staff as HTML: escaped, with its line breaks kept. */
export function multilineHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/\r?\n/g, '<br>');
}

/** The success banner for a `?done=<key>` query, from the page's own list. */
export function bannerFor(query: unknown, banners: Record<string, string>): string | undefined {
  const done = (query as Record<string, unknown> | undefined)?.done;
  return typeof done === 'string' && Object.hasOwn(banners, done) ? banners[done] : undefined;
}

/** The fields a form posted, as a plain record (empty when nothing was posted). */
export function formBody(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
}

/**
 * Form errors from several readers (the zod schema, a date input) as one, the summary listed in
 * the page's field order (`order` holds field ids; unknown fields go last).
 */
export function mergeErrors(order: readonly string[], ...all: (FormErrors | undefined)[]): FormErrors | undefined {
  const merged: FormErrors = { list: [], fields: {} };
  for (const e of all) {
    if (!e) continue;
    for (const item of e.list) if (!merged.fields[item.href.slice(1)]) merged.list.push(item);
    merged.fields = { ...e.fields, ...merged.fields };
  }
  if (!merged.list.length) return undefined;
  const rank = (href: string) => {
    const i = order.indexOf(href.slice(1));
    return i < 0 ? order.length : i;
  };
  merged.list.sort((a, b) => rank(a.href) - rank(b.href));
  return merged;
}

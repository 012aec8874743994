/**
 * View model for the GOV.UK pagination component: previous/next links and numbered pages with
 * ellipses (first, last, and one either side of the current page). Shared by the user list and
 * the audit search; a candidate for platform/ when a third list needs it.
 */

export interface PaginationView {
  previous?: { href: string };
  next?: { href: string };
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

/** The 1-based page number from a query value: anything else is page 1. */
export function pageNumber(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}

/** @returns the component's parameters, or undefined when everything fits on one page. */
export function paginationFor(opts: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
}): PaginationView | undefined {
  const pages = Math.ceil(opts.total / opts.pageSize);
  if (pages <= 1) return undefined;
  const { page, href } = opts;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: PaginationView['items'] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: href(n), current: n === page });
  });
  return {
    ...(page > 1 ? { previous: { href: href(page - 1) } } : {}),
    ...(page < pages ? { next: { href: href(page + 1) } } : {}),
    items,
  };
}

/** A URL with the given query parameters, leaving out empty ones. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

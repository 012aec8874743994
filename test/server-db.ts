/** Helpers for test databases on a PostgreSQL server. */

/** The same server URL pointed at the `postgres` maintenance database. */
export function adminUrl(base: string): string {
  return databaseUrlFor(base, 'postgres');
}

export function databaseUrlFor(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Record ids. Every id in Concord is a UUID (PostgreSQL uuid columns); text that is not one cannot
 * name any record, so callers answer it as "not found" before it reaches a uuid column, which would
 * raise an error rather than match nothing.
 */

/** True when `value` is a UUID in its text form (any case). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

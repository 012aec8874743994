/**
 * Reading and writing settings objects by dotted path ('cbo.adultMinYears'). Pure; writes
 * return fresh objects and never change their input.
 */

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `path`, or undefined when any step is missing or not an object. */
export function getPath(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const step of path.split('.')) {
    if (!isObject(at)) return undefined;
    at = at[step];
  }
  return at;
}

/** A copy of `value` (an object, or {} for anything else) with `path` set to `next`. */
export function setPath(value: unknown, path: string, next: unknown): Obj {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Obj = isObject(value) ? { ...value } : {};
  copy[head] = rest.length ? setPath(copy[head], rest.join('.'), next) : next;
  return copy;
}

/** A copy of `value` without `path`, dropping objects the removal leaves empty. */
export function deletePath(value: unknown, path: string): Obj {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy: Obj = isObject(value) ? { ...value } : {};
  if (!rest.length) {
    delete copy[head];
    return copy;
  }
  if (!isObject(copy[head])) return copy;
  const inner = deletePath(copy[head], rest.join('.'));
  if (Object.keys(inner).length) copy[head] = inner;
  else delete copy[head];
  return copy;
}

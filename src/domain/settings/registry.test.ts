import { describe, expect, it } from 'vitest';
import { SETTING_GROUPS, findSettingGroup } from './registry.js';
import { getPath } from './paths.js';

describe('the rule-settings registry', () => {
  it('holds each group once, found by its key', () => {
    expect(new Set(SETTING_GROUPS.map((g) => g.key)).size).toBe(SETTING_GROUPS.length);
    expect(findSettingGroup('powers')?.title).toBe('Tools and powers');
    expect(findSettingGroup('nonsense')).toBeUndefined();
  });

  for (const group of SETTING_GROUPS) {
    describe(`the ${group.title.toLowerCase()} group`, () => {
      it('names only paths that exist in its defaults', () => {
        for (const f of group.fields) expect([f.path, getPath(group.defaults, f.path) !== undefined]).toEqual([f.path, true]);
      });

      it('covers every setting in its defaults', () => {
        const leaves = (o: object, prefix = ''): string[] =>
          Object.entries(o).flatMap(([k, v]) =>
            typeof v === 'object' && v !== null && !Array.isArray(v) ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
          );
        expect(group.fields.map((f) => f.path).sort()).toEqual(leaves(group.defaults).sort());
      });

      it('has a merge that accepts nothing stored and its own defaults, giving the defaults', () => {
        expect(group.merge(null)).toEqual(group.defaults);
        expect(group.merge(structuredClone(group.defaults))).toEqual(group.defaults);
      });

      it('says for every field whether it is LOCAL or UNVERIFIED', () => {
        for (const f of group.fields) expect([f.path, /LOCAL|UNVERIFIED|s\.104/.test(f.hint)]).toEqual([f.path, true]);
      });
    });
  }
});

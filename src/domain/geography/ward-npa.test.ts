import { describe, expect, it } from 'vitest';
import { deriveLeicesterWardNpas, normaliseAreaName, npaForNeighbourhood } from './ward-npa.js';

describe('ward to NPA defaults for Leicester', () => {
  it('reads the NPA from the police.uk neighbourhood prefix', () => {
    expect(npaForNeighbourhood('NW03')).toBe('leicester-west');
    expect(npaForNeighbourhood('NR35')).toBe('melton-rutland');
    expect(npaForNeighbourhood('XX01')).toBeNull();
  });

  it('treats "&" as "and" and ignores case and punctuation when comparing names', () => {
    expect(normaliseAreaName('Braunstone Park & Rowley Fields')).toBe(normaliseAreaName('Braunstone park and Rowley Fields'));
    expect(normaliseAreaName("Thorpe Astley & St Mary's")).toBe('thorpe astley and st mary s');
  });

  it('maps a Leicester ward named like a Leicester neighbourhood to that neighbourhood NPA', () => {
    const wards = [
      { code: 'E1', name: 'Humberstone & Hamilton', districtCode: 'E06000016' },
      { code: 'E2', name: 'Castle', districtCode: 'E06000016' },
      { code: 'E3', name: 'Oadby', districtCode: 'E07000135' },
    ];
    const neighbourhoods = [
      { code: 'NE12', name: 'Humberstone and Hamilton' },
      { code: 'NC04', name: 'City Centre' },
      { code: 'NA55', name: 'Oadby' },
    ];
    expect(deriveLeicesterWardNpas(wards, neighbourhoods)).toEqual([{ areaType: 'ward', areaCode: 'E1', npaCode: 'leicester-east' }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Placement } from '../geography/placement.js';
import { placeInLlr, type LlrAreas } from './llr-area.js';

const BLABY = 'E07000129';
const LEICESTER = 'E06000016';

const areas: LlrAreas = {
  lsoas: new Map([
    ['E01025631', { vintages: new Set([2011, 2021] as const), districtCode: BLABY }],
    ['E01013600', { vintages: new Set([2011] as const), districtCode: LEICESTER }],
    ['E01035000', { vintages: new Set([2021] as const), districtCode: LEICESTER }],
  ]),
  districts: new Map([
    [BLABY, { cspCode: 'hinckley-blaby', npaCode: 'hinckley-blaby' }],
    [LEICESTER, { cspCode: 'leicester', npaCode: 'leicester-central' }],
  ]),
};
const noLsoas: LlrAreas = { lsoas: new Map(), districts: areas.districts };

const nowhere: Placement = {
  easting: 400000,
  northing: 300000,
  lsoa11Code: null,
  lsoa21Code: null,
  wardCode: null,
  districtCode: null,
  cspCode: null,
  npaCode: null,
};
const inBlaby: Placement = {
  ...nowhere,
  lsoa11Code: 'E01025631',
  lsoa21Code: 'E01025631',
  wardCode: 'E05012345',
  districtCode: BLABY,
  cspCode: 'hinckley-blaby',
  npaCode: 'hinckley-blaby',
};

describe('deciding whether a police.uk row is inside LLR', () => {
  it('keeps a row whose LSOA is an LLR LSOA, with the placer’s ward, CSP and NPA', () => {
    expect(placeInLlr('E01025631', inBlaby, areas)).toEqual({
      easting: 400000,
      northing: 300000,
      lsoa11Code: 'E01025631',
      lsoa21Code: 'E01025631',
      wardCode: 'E05012345',
      districtCode: BLABY,
      cspCode: 'hinckley-blaby',
      npaCode: 'hinckley-blaby',
    });
  });

  it('leaves out a row whose LSOA is outside LLR, even if its point falls inside', () => {
    expect(placeInLlr('E01009999', inBlaby, areas)).toBeNull();
  });

  it('stores the row’s own LSOA by its vintage when the placer found another, and takes the LSOA’s district', () => {
    const placed = placeInLlr('E01013600', inBlaby, areas);
    expect(placed).toMatchObject({
      lsoa11Code: 'E01013600',
      lsoa21Code: 'E01025631',
      districtCode: LEICESTER,
      wardCode: null,
      cspCode: 'leicester',
      npaCode: 'leicester-central',
    });
    expect(placeInLlr('E01035000', nowhere, areas)).toMatchObject({ lsoa11Code: null, lsoa21Code: 'E01035000', districtCode: LEICESTER });
  });

  it('uses the LSOA’s district when the placer found none', () => {
    expect(placeInLlr('E01025631', nowhere, areas)).toMatchObject({
      districtCode: BLABY,
      cspCode: 'hinckley-blaby',
      npaCode: 'hinckley-blaby',
    });
  });

  it('falls back to the placer’s district when no LSOAs are loaded, or the row has no LSOA', () => {
    expect(placeInLlr('E01025631', inBlaby, noLsoas)).toMatchObject({ districtCode: BLABY, lsoa11Code: 'E01025631' });
    expect(placeInLlr('E01025631', nowhere, noLsoas)).toBeNull();
    expect(placeInLlr(null, inBlaby, areas)).toMatchObject({ districtCode: BLABY });
    expect(placeInLlr(null, nowhere, areas)).toBeNull();
  });
});

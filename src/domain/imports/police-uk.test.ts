import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AsbSourceIds,
  checkHeader,
  DEFAULT_ASB_PROXY_CRIME_TYPES,
  isStreetFileName,
  parseCrimeTypeList,
  POLICE_UK_COLUMNS,
  policeUkReference,
  readRow,
} from './police-uk.js';

const proxies = new Set(DEFAULT_ASB_PROXY_CRIME_TYPES);
const ID = '347b0899598023a0c54946b9fcd4cbe1a1ad379c994e43a660841c9c1a5b7200';

/** A row as police.uk writes it, with fields overridden by name. */
function fields(over: Partial<Record<(typeof POLICE_UK_COLUMNS)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    'Crime ID': '',
    Month: '2020-01',
    'Reported by': 'Leicestershire Police',
    'Falls within': 'Leicestershire Police',
    Longitude: '-1.210015',
    Latitude: '52.621410',
    Location: 'On or near Hobill Close',
    'LSOA code': 'E01025631',
    'LSOA name': 'Blaby 002A',
    'Crime type': 'Anti-social behaviour',
    'Last outcome category': '',
    Context: '',
    ...over,
  };
  return POLICE_UK_COLUMNS.map((c) => base[c]!);
}

describe('the police.uk header', () => {
  it('accepts exactly the police.uk columns, with or without a byte order mark', () => {
    expect(checkHeader([...POLICE_UK_COLUMNS])).toBeNull();
    expect(checkHeader([`\uFEFF${POLICE_UK_COLUMNS[0]}`, ...POLICE_UK_COLUMNS.slice(1)])).toBeNull();
  });

  it('names the column that is wrong', () => {
    const header = [...POLICE_UK_COLUMNS] as string[];
    header[4] = 'Lon';
    expect(checkHeader(header)).toMatch(/^Column 5 is headed "Lon" but should be "Longitude"/);
  });

  it('says how many columns a file has when the count is wrong', () => {
    expect(checkHeader(['a', 'b'])).toMatch(/^The first line has 2 columns, but a police.uk street-level file has 12/);
    expect(checkHeader(POLICE_UK_COLUMNS.slice(0, 11))).toMatch(/has 11 columns/);
  });
});

describe('reading a police.uk row', () => {
  it('reads an anti-social behaviour row, which has no Crime ID', () => {
    const r = readRow(fields(), proxies);
    expect(r).toEqual({
      ok: true,
      row: {
        kind: 'asb',
        crimeId: null,
        month: '2020-01',
        monthStart: '2020-01-01',
        longitude: -1.210015,
        latitude: 52.62141,
        location: 'On or near Hobill Close',
        lsoaCode: 'E01025631',
        crimeType: 'Anti-social behaviour',
        asbProxy: false,
        outcome: null,
      },
    });
  });

  it('flags the configured proxy crime types and no others', () => {
    const proxy = readRow(
      fields({ 'Crime ID': ID, 'Crime type': 'Public order', 'Last outcome category': 'Under investigation' }),
      proxies,
    );
    const other = readRow(fields({ 'Crime ID': ID, 'Crime type': 'Shoplifting' }), proxies);
    expect(proxy.ok && proxy.row).toMatchObject({ kind: 'crime', asbProxy: true, crimeId: ID, outcome: 'Under investigation' });
    expect(other.ok && other.row).toMatchObject({ kind: 'crime', asbProxy: false });
    const custom = readRow(fields({ 'Crime ID': ID, 'Crime type': 'Shoplifting' }), new Set(['Shoplifting']));
    expect(custom.ok && custom.row.asbProxy).toBe(true);
  });

  it('reads a crime without a location, with no coordinates', () => {
    const r = readRow(
      fields({
        'Crime ID': ID,
        'Crime type': 'Other crime',
        Longitude: '',
        Latitude: '',
        Location: 'No Location',
        'LSOA code': '',
        'LSOA name': '',
      }),
      proxies,
    );
    expect(r.ok && r.row).toMatchObject({ longitude: null, latitude: null, lsoaCode: null });
  });

  it.each([
    [{ Month: '2020/01' }, 'Month is not YYYY-MM'],
    [{ Month: '2020-13' }, 'Month is not YYYY-MM'],
    [{ Month: '' }, 'Month is not YYYY-MM'],
    [{ Longitude: 'west' }, 'Longitude is not a number'],
    [{ Longitude: '0x10' }, 'Longitude is not a number'],
    [{ Latitude: '52.6.1' }, 'Latitude is not a number'],
    [{ Longitude: '' }, 'Longitude is empty'],
    [{ Latitude: '' }, 'Latitude is empty'],
    [{ Longitude: '-181' }, 'Longitude is not between -180 and 180'],
    [{ Latitude: '90.5' }, 'Latitude is not between -90 and 90'],
    [{ 'Crime type': ' ' }, 'Crime type is empty'],
    [{ 'Crime type': 'Burglary' }, 'Crime ID is empty (police.uk gives every crime one)'],
  ])('rejects %o with the reason "%s"', (over, reason) => {
    expect(readRow(fields(over), proxies)).toEqual({ ok: false, reason });
  });

  it('accepts every real month and every in-range decimal coordinate (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        (year, m, lon, lat) => {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const r = readRow(fields({ Month: month, Longitude: lon.toFixed(6), Latitude: lat.toFixed(6) }), proxies);
          return (
            r.ok &&
            r.row.monthStart === `${month}-01` &&
            r.row.longitude === Number(lon.toFixed(6)) &&
            r.row.latitude === Number(lat.toFixed(6))
          );
        },
      ),
    );
  });

  it('rejects any month text that is not YYYY-MM (property)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(s.trim())),
        (month) => {
          const r = readRow(fields({ Month: month }), proxies);
          return !r.ok && r.reason === 'Month is not YYYY-MM';
        },
      ),
    );
  });
});

describe('ASB source ids', () => {
  const asb = (lon: number, lat: number, lsoa = 'E01025631', month = '2020-01') => ({
    crimeId: null,
    month,
    longitude: lon,
    latitude: lat,
    lsoaCode: lsoa,
  });

  it('numbers identical rows in file order', () => {
    const ids = new AsbSourceIds();
    expect(ids.next(asb(-1.21, 52.6))).toBe('2020-01|-1.21|52.6|E01025631|1');
    expect(ids.next(asb(-1.21, 52.6))).toBe('2020-01|-1.21|52.6|E01025631|2');
    expect(ids.next(asb(-1.21, 52.6, 'E01025632'))).toBe('2020-01|-1.21|52.6|E01025632|1');
  });

  it('uses a Crime ID when an ASB row has one', () => {
    expect(new AsbSourceIds().next({ ...asb(-1.21, 52.6), crimeId: 'abc' })).toBe('abc');
  });

  it('gives every row of a file a different id, and the same ids every time (property)', () => {
    const row = fc.record({
      lon: fc.constantFrom(-1.1, -1.2, -1.21),
      lat: fc.constantFrom(52.6, 52.7),
      lsoa: fc.constantFrom('E01025631', 'E01013600'),
      month: fc.constantFrom('2020-01', '2025-03'),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const first = new AsbSourceIds();
        const second = new AsbSourceIds();
        const a = rows.map((r) => first.next(asb(r.lon, r.lat, r.lsoa, r.month)));
        const b = rows.map((r) => second.next(asb(r.lon, r.lat, r.lsoa, r.month)));
        return new Set(a).size === rows.length && a.every((id, i) => id === b[i]);
      }),
    );
  });
});

describe('police.uk incident references', () => {
  it('are PUK-, the month and ten hex digits, the same for the same source id', () => {
    const ref = policeUkReference('2020-01', '2020-01|-1.21|52.6|E01025631|1');
    expect(ref).toMatch(/^PUK-2020-01-[0-9A-F]{10}$/);
    expect(policeUkReference('2020-01', '2020-01|-1.21|52.6|E01025631|1')).toBe(ref);
    expect(policeUkReference('2020-01', '2020-01|-1.21|52.6|E01025631|2')).not.toBe(ref);
  });
});

describe('configured proxy crime types', () => {
  it('accepts police.uk crime type names in any case and removes repeats', () => {
    expect(parseCrimeTypeList('public order, Criminal damage and arson,Public Order')).toEqual({
      ok: true,
      types: ['Public order', 'Criminal damage and arson'],
    });
  });

  it('refuses unknown names and anti-social behaviour itself', () => {
    expect(parseCrimeTypeList('Public order, Harassment')).toEqual({ ok: false, unknown: 'Harassment' });
    expect(parseCrimeTypeList('Anti-social behaviour')).toEqual({ ok: false, unknown: 'Anti-social behaviour' });
  });
});

describe('street-level file names', () => {
  it('match YYYY-MM-force-street.csv', () => {
    expect(isStreetFileName('2020-01-leicestershire-street.csv')).toBe(true);
    expect(isStreetFileName('2020-01-leicestershire-outcomes.csv')).toBe(false);
  });
});

import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/concord_bench_investigate' });
await c.connect();
const names = ['prya patel','priya patel','hetal mistry','rajesh parmar','john smith','jon smith','sarah jones','david williams','emma taylor','james brown',
  'mohammed khan','muhammad hussain','imran ahmed','fatima begum','gurpreet singh','jaspreet kaur','anna nowak','piotr kowalski','elena popescu','kwame mensah'];
const current = (q: string, f: string, s: string) => `(SELECT id FROM people WHERE name_key % '${q}' ORDER BY similarity(name_key, '${q}') DESC LIMIT 100) UNION
 (SELECT id FROM people WHERE (surname_key % '${s}' OR dmetaphone(surname_key) IN (dmetaphone('${s}'), dmetaphone_alt('${s}'))) AND left(name_key, 1) IN ('${f[0]}')
  ORDER BY split_part(name_key, ' ', 1) IN ('${f}') DESC, similarity(name_key, '${q}') DESC LIMIT 100)`;
const proposed = (q: string, f: string, s: string) => `(SELECT id FROM people WHERE name_key % '${q}' ORDER BY name_key <-> '${q}' LIMIT 100) UNION
 (SELECT id FROM people WHERE dmetaphone(surname_key) IN (dmetaphone('${s}'), dmetaphone_alt('${s}')) AND left(name_key, 1) IN ('${f[0]}')
  ORDER BY split_part(name_key, ' ', 1) IN ('${f}') DESC, similarity(name_key, '${q}') DESC LIMIT 100)`;
const time = async (text: string) => {
  const ts: number[] = [];
  for (let i = 0; i < 3; i++) { const t = performance.now(); await c.query(text); ts.push(performance.now() - t); }
  return ts.sort((a, b) => a - b)[1]!;
};
const rows: string[] = [];
let sa = 0, sb = 0; const all: [number, number][] = [];
for (const q of names) {
  const [f, s] = q.split(' ') as [string, string];
  const a = await time(current(q, f, s)); const b = await time(proposed(q, f, s));
  const overlap = await c.query(`SELECT count(*)::int n FROM ((${current(q, f, s)}) INTERSECT (${proposed(q, f, s)})) x`);
  all.push([a, b]); sa += a; sb += b;
  rows.push(`${q.padEnd(18)} current ${a.toFixed(1).padStart(6)} ms  proposed ${b.toFixed(1).padStart(6)} ms  same ids ${overlap.rows[0].n}`);
}
console.log(rows.join('\n'));
const p = (xs: number[], q: number) => xs.sort((x, y) => x - y)[Math.ceil(q * xs.length) - 1]!;
console.log(`median current ${p(all.map((x) => x[0]), 0.5).toFixed(1)} proposed ${p(all.map((x) => x[1]), 0.5).toFixed(1)}; max current ${p(all.map((x) => x[0]), 1).toFixed(1)} proposed ${p(all.map((x) => x[1]), 1).toFixed(1)}`);
await c.end();

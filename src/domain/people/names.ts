/**
 * What matching knows about names in the LLR population. Pure data and small helpers; every
 * name here is in normalised form (normalise.ts: lower case, a–z, no accents).
 *
 * Sources (hand-compiled, kept short on purpose: staff confirm every match):
 * - English diminutives: the familiar pairs (Bill/William, Peggy/Margaret…); a fuller, US-leaning
 *   list is carltonnorthern/nicknames on GitHub (Apache-2.0), not copied here.
 * - Arabic and South Asian given names: the usual English romanisations of one name
 *   (Muhammad/Mohammed/Mohamed/Mohd/Md, Hussain/Hussein…) and Punjabi/Gujarati spellings
 *   (-preet/-prit, -winder/-vinder, -deep/-dip).
 * - Eastern European given names: Polish, Ukrainian and Russian diminutives and transliterations
 *   (Kasia/Katarzyna, Gosia/Małgorzata, Oleksandr/Aleksandr/Alexander/Sasha, Yulia/Julia/Iuliia).
 * - Common surnames: the most frequent surnames in England and Wales (ONS/NHS registrations) and
 *   those most frequent in Leicester (Patel, Mistry, Parmar, Chauhan, Solanki…). A shared common
 *   surname is weak evidence; a rare one is strong.
 * - Gendered endings: Polish/Czech adjectival -ski/-ska, -cki/-cka; Czech/Slovak -ová; Russian
 *   and Bulgarian -ov/-ova, -ev/-eva, -in/-ina; Lithuanian -as/-is/-ys/-us (men), -ienė
 *   (married women), -aitė/-ytė/-iūtė/-utė (unmarried women).
 */

/** Each line: one given name's variants (diminutives, spellings, transliterations). */
const FORENAME_GROUPS = `
william will bill billy liam willie | robert rob bob bobby robbie bert | richard rich rick ricky dick richie
james jim jimmy jamie | john jon johnny jonny jack | jonathan jon jonny jonathon | thomas tom tommy tomasz tomek tomas
michael mike mick mickey micky mikey michal mikhail | christopher chris kit krzysztof krzys | christine chris chrissie christina tina
daniel dan danny | david dave davey | edward ed eddie ted ned | elizabeth liz lizzie beth betty eliza libby elisabeth
katherine catherine kathryn kate katie kath cathy kathy kat kasia katarzyna kasha katya ekaterina yekaterina
margaret maggie meg peggy marge malgorzata gosia | alexander alex sandy sasha aleksandr alexandr oleksandr aleksander olek
alexandra alex sasha sandra aleksandra oleksandra | anthony tony antony antoni anton | andrew andy drew andrzej andrei andriy andrii
benjamin ben benny | joseph joe joey jozef josef | samuel sam sammy | samantha sam sammy | stephen steven steve stevie stefan
matthew matt mateusz | nicholas nick nicky mikolaj | patrick pat paddy | peter pete piotr petr petro pyotr | paul pawel pavel pavlo
susan sue suzy susie suzanne | deborah debbie deb debra | jennifer jen jenny | rebecca becky becca | victoria vicky vikki tori wiktoria viktoria
abigail abbie abby | charlotte charlie lottie | charles charlie chas | frederick fred freddie | henry harry hal | harold harry
lawrence laurence larry laurie | timothy tim timmy | gregory greg grzegorz | philip phillip phil | ronald ron ronnie | kenneth ken kenny
gerald gerry jerry | jacqueline jackie jacky | patricia pat tricia trish | pamela pam | josephine jo josie | joanne jo joanna
nathaniel nathan nat nate | zachary zach zak | oliver ollie olly | isabel isabelle isobel izzy bella isabella | eleanor ellie nell
yulia julia iuliia yuliya juliya | yuri yuriy iurii yury | sergei sergey serhiy serhii sergiy | dmitri dmitry dmytro dima
nikolai nikolay mykola kolya | olga olha olya | natalia natalya nataliya natasha | elena olena yelena helena lena
lukasz luke lucas lukas | wojciech wojtek voytek | jakub kuba jacob jake jakob | agnieszka aga agnes | magdalena magda
arkadiusz arek | przemyslaw przemek | ionut ionel | mihai mihail
muhammad mohammed mohammad mohamed mohamad muhammed mohammod mohd md mo mohamud mahomed muhamad | ahmed ahmad ahmet
hussain hussein husain hossain | abdul abdel abd | yusuf yousuf yusef yousef | ali aly | fatima fatimah fatema fathima
aisha ayesha aysha aishah | zainab zaynab zeinab | mustafa mustapha mostafa | usman osman uthman othman | ibrahim ebrahim ibraheem
suleman sulaiman suleiman sulayman | mahmood mahmud mehmood mahmoud | rahman rehman | iqbal ikbal | tariq tarik | shahid shahed
gurpreet gurprit | jaspreet jasprit | harpreet harprit | manpreet manprit | sukhwinder sukhvinder sukhi | harjinder harjindar
kuldeep kuldip | sandeep sandip | pradeep pradip | dilip dileep | rajinder rajindar | surinder surindar | balwinder balvinder
parminder parmindar | rajesh raj | sanjay sunjay | vijay vijai | priya pria | pooja puja | bhavna bhavana | jyoti joti
sunita sunitha | deepak dipak | kamlesh kamalesh | krishna krishan kishan
`;

const groupsOf = new Map<string, number[]>();
FORENAME_GROUPS.split(/[|\n]/)
  .map((line) => line.trim().split(/\s+/).filter(Boolean))
  .filter((names) => names.length > 1)
  .forEach((names, group) => {
    for (const name of names) groupsOf.set(name, [...(groupsOf.get(name) ?? []), group]);
  });

/** True when `a` and `b` (single normalised words) are forms of one given name in the table above. */
export function forenameVariants(a: string, b: string): boolean {
  const ga = groupsOf.get(a);
  const gb = groupsOf.get(b);
  return !!ga && !!gb && ga.some((g) => gb.includes(g));
}

/** Every other form of `name` in the table (for widening a search), without `name` itself. */
export function variantsOf(name: string): string[] {
  const groups = groupsOf.get(name) ?? [];
  return [...groupsOf].filter(([n, gs]) => n !== name && gs.some((g) => groups.includes(g))).map(([n]) => n);
}

/**
 * Names that many Sikh and Muslim people carry as, or beside, a family name (Singh, Kaur; Begum,
 * Bibi, Khatun) and that one agency may record and another leave out: "Kaur Sandhu" and
 * "Sandhu" may be one person. Dropped before comparing when another part remains.
 */
export const OPTIONAL_SURNAME_PARTS: ReadonlySet<string> = new Set(['singh', 'kaur', 'begum', 'bibi', 'khatun']);

/** Particles that are part of a surname but never identify it alone (van der Berg, El Amin). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'st',
]);

/** Very common surnames: agreement on one is weak evidence (weight × COMMON_SURNAME_FACTOR). */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set([
  'singh',
  'kaur',
  'patel',
  'khan',
  'begum',
  'ali',
  'ahmed',
  'hussain',
  'mistry',
  'parmar',
  'chauhan',
  'solanki',
  'shah',
  'smith',
  'jones',
  'williams',
  'taylor',
  'brown',
  'davies',
  'wilson',
  'evans',
  'thomas',
  'johnson',
  'roberts',
  'walker',
  'wright',
  'robinson',
  'thompson',
  'white',
  'hughes',
  'edwards',
  'green',
  'hall',
  'wood',
  'harris',
  'lewis',
  'martin',
  'jackson',
  'clarke',
  'clark',
  'turner',
  'hill',
  'scott',
  'cooper',
  'ward',
  'morris',
  'king',
  'kowalski',
  'kowalska',
  'nowak',
]);

/** Gendered surname endings, longest first: [ending, what it becomes in the shared stem]. */
const GENDERED_ENDINGS: readonly (readonly [string, string])[] = [
  ['iene', ''],
  ['aite', ''],
  ['iute', ''],
  ['yte', ''],
  ['ute', ''],
  ['ska', 'sk'],
  ['ski', 'sk'],
  ['cka', 'ck'],
  ['cki', 'ck'],
  ['ova', ''],
  ['eva', ''],
  ['ina', 'in'],
  ['ov', ''],
  ['ev', ''],
  ['as', ''],
  ['is', ''],
  ['ys', ''],
  ['us', ''],
];

/**
 * The stem a masculine and a feminine form of one family name share: Kowalski and Kowalska →
 * "kowalsk"; Novák and Nováková → "novak"; Kazlauskas and Kazlauskienė → "kazlausk".
 * A word with none of the endings, or too short to keep a 3-letter stem, is returned as is.
 */
export function genderedStem(word: string): string {
  for (const [ending, stem] of GENDERED_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length) + stem;
  }
  return word;
}

/**
 * The synthetic population of the person-matching labelled set: households of fictional people
 * with an LLR-like mix of names (White British, Gujarati, Punjabi Sikh, Pakistani, Bangladeshi
 * and Somali Muslim, Polish, Romanian, Lithuanian, Czech/Slovak, Ukrainian/Bulgarian, Black
 * African and Caribbean), recorded the way agencies record them: feminine surname forms,
 * diacritics sometimes typed and sometimes not, Singh/Kaur as or beside the family name,
 * double-barrelled surnames, missing dates of birth. Contact details are fictional by
 * construction: Ofcom's drama number ranges, example.* email domains, LE-shaped postcodes
 * with made-up streets. Nothing here is a real person.
 */
import type { Random } from '../../../src/services/demo/prng.js';

export interface Person {
  id: string;
  forename: string;
  surname: string;
  /** YYYY-MM-DD or null. */
  dateOfBirth: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postcode: string | null;
  group: Group;
  female: boolean;
}

export type Group = 'british' | 'gujarati' | 'sikh' | 'muslim' | 'polish' | 'romanian' | 'lithuanian' | 'czech' | 'slavic' | 'african';

const w = (s: string) => s.trim().split(/\s+/);

/** [female forenames, male forenames, surnames]; for gendered groups a surname is "masculine/feminine". */
export const POOLS: Record<Group, readonly [string[], string[], string[]]> = {
  british: [
    w('Olivia Amelia Emily Sophie Jessica Grace Chloe Hannah Lucy Megan Rebecca Sarah Karen Julie Claire Donna Emma Laura Charlotte Victoria Elizabeth Katherine Margaret Susan Deborah Jennifer Patricia Samantha Abigail Eleanor Isabel Natalie Sharon Tracey Michelle Nicola Joanne Helen Roberta'),
    w('Oliver Jack Harry George Thomas James Daniel Ryan Liam Connor Mark Paul Gary Darren John William Robert Michael Christopher David Richard Andrew Stephen Matthew Joseph Benjamin Nicholas Anthony Edward Henry Frederick Timothy Gregory Philip Kenneth Kevin Barry Derek Lee Craig Wayne Dean'),
    w(`Smith Smith Smith Jones Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke
       Turner Hill Scott Cooper Ward Morris King Watson Baker Harrison Morgan Patterson Phillips Matthews Reid Stephenson McDonald Gray Hughes Edwards Lewis
       Martin Harris Marshall Bennett Shaw Holmes Mills Bailey Chapman Kelly Fletcher Atkinson Pearson Dawson Lloyd Ellis Barker Butler Fox Webb Hunt Palmer
       Spencer Gibson Newton Brooks Hodgson Cartwright Whitmore Ashworth Pickering Blackburn Thornton Woodward O'Brien O'Connor Fitzgerald Sutcliffe`),
  ],
  gujarati: [
    w('Priya Anjali Nisha Pooja Hetal Kiran Bhavna Jyoti Sunita Anita Meena Rekha Nikita Komal Dipika Hema Shilpa'),
    w('Rajesh Sanjay Vijay Amit Nilesh Mukesh Ramesh Suresh Dinesh Deepak Kamlesh Krishna Hitesh Jayesh Ketan Aarav Aryan Rohan'),
    w('Patel Patel Patel Patel Patel Mistry Mistry Parmar Chauhan Solanki Lad Shah Joshi Mehta Modi Pandya Thakrar Lakhani Vaghela Makwana Chudasama'),
  ],
  sikh: [
    w('Jaspreet Gurpreet Harpreet Manjit Sukhwinder Rajinder Parminder Simran Navdeep Amrit Kiranjit Balbir'),
    w('Harjit Gurpreet Jaspreet Sukhwinder Harjinder Kuldeep Sandeep Rajinder Surinder Balwinder Manjit Parminder Amarjit Jaswinder'),
    w('Gill Sandhu Dhillon Sidhu Bains Johal Atwal Sahota Grewal Bassi Virdi Rai'),
  ],
  muslim: [
    w('Fatima Aisha Zainab Nadia Shazia Yasmin Ayesha Sana Amina Hafsa Maryam Rukhsana Nasreen Halima Khadija Sumaya'),
    w('Mohammed Mohammed Muhammad Mohamed Mohammad Imran Tariq Asif Bilal Usman Ibrahim Yusuf Mustafa Zubair Faisal Adnan Hamza Abdul Shahid Kamran Irfan Abdirahman'),
    w('Khan Khan Hussain Ahmed Ali Akhtar Mahmood Iqbal Rahman Chowdhury Uddin Miah Malik Butt Qureshi Sheikh Mohamud Hassan Farah Warsame Bhayat Mulla'),
  ],
  polish: [
    w('Katarzyna Małgorzata Agnieszka Anna Magdalena Aleksandra Joanna Monika Ewa Natalia Karolina Justyna Paulina Marta'),
    w('Piotr Krzysztof Tomasz Paweł Łukasz Michał Jakub Wojciech Marcin Kamil Mateusz Grzegorz Arkadiusz Przemysław Bartosz Dawid'),
    w(`Kowalski/Kowalska Kowalski/Kowalska Wiśniewski/Wiśniewska Lewandowski/Lewandowska Kamiński/Kamińska Zieliński/Zielińska Szymański/Szymańska
       Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Nowak Nowak Wójcik Kowalczyk Woźniak Mazur Krawczyk Kaczmarek Pawlak Walczak`),
  ],
  romanian: [
    w('Elena Ioana Maria Andreea Alexandra Mihaela Cristina Gabriela'),
    w('Andrei Ionuț Mihai Alexandru Florin Gheorghe Constantin Bogdan Vasile'),
    w('Popescu Ionescu Popa Stan Dumitru Stoica Munteanu Constantinescu Rusu Moldovan'),
  ],
  lithuanian: [
    w('Rūta Jurgita Asta Ieva Lina Agnė'),
    w('Tomas Jonas Mindaugas Darius Andrius Paulius'),
    w('Kazlauskas/Kazlauskienė Petrauskas/Petrauskienė Jankauskas/Jankauskaitė Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskaitė Butkus/Butkienė'),
  ],
  czech: [
    w('Jana Petra Lucie Tereza Zuzana Katarína'),
    w('Jan Petr Tomáš Martin Lukáš Marek Peter Michal'),
    w('Novák/Nováková Horváth/Horváthová Dvořák/Dvořáková Svoboda/Svobodová Kučera/Kučerová Baláž/Balážová'),
  ],
  slavic: [
    w('Olena Yulia Iryna Nataliya Oksana Svetlana Mariya'),
    w('Oleksandr Dmytro Serhiy Andriy Ivan Georgi Dimitar Nikolai Yuriy'),
    w('Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Ivanov/Ivanova Petrov/Petrova Georgiev/Georgieva Dimitrov/Dimitrova'),
  ],
  african: [
    w('Chipo Amara Adaeze Abena Grace Shantelle Keisha Nia Ama'),
    w('Kwame Tunde Kofi Chinedu Emeka Adebayo Jermaine Marlon Delroy Tyrone'),
    w('Okafor Mensah Adeyemi Okonkwo Campbell Francis Williams Brown Boateng Asante Mwangi Oduya'),
  ],
};

/** Households per group (about 40% of Leicester and 20% of LLR is South Asian; 2021 Census). */
const GROUP_WEIGHTS: readonly (readonly [Group, number])[] = [
  ['british', 46], ['gujarati', 12], ['sikh', 7], ['muslim', 12], ['polish', 7], ['romanian', 3],
  ['lithuanian', 2], ['czech', 2], ['slavic', 3], ['african', 6],
];

const STREETS = w(`Station Church Mill Park Victoria Albert Queens Kings Chapel School Manor Orchard Meadow Willow Beech Cedar Elm Oak
  Ash Hawthorn Holly Hazel Rowan Sycamore Laburnum Poplar Linden Juniper Heather Clover Primrose Bluebell Foxglove Harebell Sorrel`);
const STREET_TYPES = w('Road Street Lane Avenue Close Drive Crescent Way Gardens Grove');
const TOWNS = 'Leicester|Leicester|Leicester|Loughborough|Hinckley|Melton Mowbray|Market Harborough|Coalville|Wigston|Oakham|Oadby|Syston'.split('|');
const DISTRICTS = w('LE1 LE2 LE3 LE4 LE5 LE7 LE8 LE9 LE10 LE11 LE12 LE13 LE15 LE16 LE17 LE18 LE19 LE65 LE67');

/** Ofcom's ranges for drama (never allocated), 1,000 numbers each: mobile, Leicester, Nottingham, fictional area. */
const PHONE_RANGES = ['07700 900', '0116 496 0', '0115 496 0', '01632 960'];

function pickSurname(rng: Random, group: Group, female: boolean): string {
  const forms = rng.pick(POOLS[group][2]).split('/');
  return female && forms[1] ? forms[1] : forms[0]!;
}

function dob(rng: Random, age: number): string {
  const y = 2025 - age;
  const m = rng.int(1, 12);
  const d = rng.int(1, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Agencies often type names without diacritics: about half the records lose them. */
export function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

/**
 * `households` households of 1–5 people. Adults share a surname (in its gendered form), the
 * address and postcode, sometimes a landline; each adult may have a mobile and an email.
 */
export function buildPopulation(rng: Random, households: number): Person[] {
  const people: Person[] = [];
  const phones = new Set<string>();
  const newPhone = (): string | null => {
    // 4,000 drama numbers in all: larger populations (benchmarks) leave the rest without a phone.
    for (let tries = 0; tries < 50; tries++) {
      const range = rng.pick(PHONE_RANGES);
      const n = `${range}${String(rng.int(0, 999)).padStart(3, '0')}`;
      if (!phones.has(n)) return phones.add(n), n;
    }
    return null;
  };
  for (let h = 0; h < households; h++) {
    const group = rng.weighted(GROUP_WEIGHTS);
    const district = rng.pick(DISTRICTS);
    const postcode = `${district} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
    const address = `${rng.int(1, 180)} ${rng.pick(STREETS)} ${rng.pick(STREET_TYPES)}, ${rng.pick(TOWNS)}`;
    const landline = rng.chance(0.3) ? newPhone() : null;
    let family = pickSurname(rng, group, false);
    if (group === 'british' && rng.chance(0.06)) family = `${family}${rng.chance(0.75) ? '-' : ' '}${pickSurname(rng, group, false)}`;
    const size = rng.weighted([[1, 30], [2, 30], [3, 18], [4, 15], [5, 7]] as const);
    for (let i = 0; i < size; i++) {
      const adult = i < 2;
      const female = i === 1 ? rng.chance(0.85) : rng.chance(0.5);
      const age = adult ? rng.int(19, 85) : rng.int(1, 25);
      let surname = pickSurname(rng, group, female);
      surname = rng.chance(0.85) ? familyForm(family, group, female) : surname;
      if (group === 'sikh') surname = sikhSurname(rng, surname, female);
      if (group === 'muslim' && female && rng.chance(0.25)) surname = 'Begum';
      if (rng.chance(0.5)) surname = stripDiacritics(surname);
      let forename = rng.pick(POOLS[group][female ? 0 : 1]);
      if (rng.chance(0.5)) forename = stripDiacritics(forename);
      const mobile = age >= 12 && rng.chance(0.6) ? newPhone() : null;
      people.push({
        id: rng.uuid(),
        forename,
        surname,
        dateOfBirth: rng.chance(0.06) ? null : dob(rng, age),
        phone: mobile ?? (adult ? landline : null),
        email: age >= 16 && rng.chance(0.3) ? `${stripDiacritics(forename).toLowerCase()}.${people.length}@example.${rng.pick(['com', 'org', 'net'])}` : null,
        address: rng.chance(0.9) ? address : null,
        postcode: rng.chance(0.92) ? postcode : null,
        group,
        female,
      });
    }
  }
  return people;
}

/** The household's surname in this member's gendered form ("Kowalska" for a woman of the Kowalski family). */
function familyForm(family: string, group: Group, female: boolean): string {
  for (const pair of POOLS[group][2]) {
    const [m, f] = pair.split('/');
    if (f && (family === m || family === f)) return female ? f : m!;
  }
  return family;
}

/** Sikh names as agencies record them: Singh/Kaur alone, the family name alone, or both. */
function sikhSurname(rng: Random, family: string, female: boolean): string {
  const religious = female ? 'Kaur' : 'Singh';
  return rng.weighted([[religious, 35], [family, 45], [`${religious} ${family}`, 20]] as const);
}

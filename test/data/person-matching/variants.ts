/**
 * How people's details come out differently when someone else writes them down: the
 * transformations the labelled set applies to make its queries. Written independently of the
 * matcher's own tables (src/domain/people/names.ts) and deliberately including forms the
 * matcher does not list (Gaz, Baz, Del, Bartek…), so the measured recall is honest.
 */
import type { Random } from '../../../src/services/demo/prng.js';

const table = (text: string): Map<string, string[]> =>
  new Map(
    text
      .trim()
      .split(/\s*;\s*/)
      .filter(Boolean)
      .map((entry) => {
        const [from, to] = entry.split(':');
        return [from!.trim(), to!.trim().split(/\s+/)];
      }),
  );

/** Formal forename → what a caller or another agency may say instead. */
export const NICKNAMES = table(`
  John: Jon Johnny Jack; William: Bill Will Billy; Robert: Rob Bob; Roberta: Bobbie; Elizabeth: Liz Beth; Katherine: Kate Katie Kathy;
  Margaret: Maggie Peggy; James: Jim Jimmy Jamie; Michael: Mike Mick; Thomas: Tom Tommy; Daniel: Dan Danny; David: Dave;
  Christopher: Chris; Rebecca: Becky; Samantha: Sam; Jennifer: Jenny Jen; Victoria: Vicky; Anthony: Tony; Andrew: Andy; Stephen: Steve;
  Matthew: Matt; Joseph: Joe; Benjamin: Ben; Nicholas: Nick; Deborah: Debbie; Susan: Sue; Patricia: Trish; Edward: Ted Eddie;
  Richard: Rich Dick; Charlotte: Lottie; Abigail: Abbie; Henry: Harry; Frederick: Freddie Fred; Timothy: Tim; Gregory: Greg; Philip: Phil;
  Kenneth: Ken; Eleanor: Ellie; Isabel: Izzy; Gary: Gaz; Barry: Baz; Kevin: Kev; Derek: Del; Sharon: Shaz; Tracey: Trace; Nicola: Nicky;
  Joanne: Jo; Michelle: Shelley; Natalie: Nat; Mohammed: Mo; Muhammad: Mo; Mohamed: Mo; Mohammad: Mo; Abdirahman: Abdi;
  Sukhwinder: Sukhi; Rajesh: Raj; Jaspreet: Jas; Balwinder: Bal; Katarzyna: Kasia; Małgorzata: Gosia; Malgorzata: Gosia;
  Aleksandra: Ola; Agnieszka: Aga; Magdalena: Magda; Wojciech: Wojtek; Jakub: Kuba; Tomasz: Tomek; Przemysław: Przemek;
  Przemyslaw: Przemek; Arkadiusz: Arek; Krzysztof: Krzys Chris; Łukasz: Luke; Lukasz: Luke; Paweł: Paul; Pawel: Paul; Piotr: Peter;
  Michał: Michael; Michal: Michael; Bartosz: Bartek; Mateusz: Matt; Grzegorz: Greg; Oleksandr: Sasha Alex; Dmytro: Dima;
  Nataliya: Natasha; Alexandru: Alex; Andrei: Andy
`);

/** Surname → other spellings heard or typed for it. */
export const SURNAME_SPELLINGS = table(`
  Smith: Smyth Smithe; Thompson: Thomson Tompson; Clarke: Clark; Brown: Browne; Phillips: Philips Phillipps; Matthews: Mathews;
  Reid: Reed Read; Stephenson: Stevenson; McDonald: MacDonald Macdonald; Gray: Grey; Davies: Davis; Lloyd: Loyd; Kelly: Kelley;
  Marshall: Marshal; Holmes: Homes; Bailey: Baily Bayley; Hodgson: Hodgeson; O'Brien: OBrien Obrien; O'Connor: O'Conner;
  Fitzgerald: Fitz-Gerald; Cartwright: Cartright; Patel: Patell; Mistry: Mistri; Chauhan: Chohan Chouhan; Solanki: Solankee;
  Joshi: Joshee; Thakrar: Thakkar; Sandhu: Sandu; Dhillon: Dhilon; Grewal: Garewal; Hussain: Hussein Husain; Ahmed: Ahmad;
  Mahmood: Mahmud Mehmood; Chowdhury: Choudhury Chaudhry; Rahman: Rehman; Qureshi: Kureshi; Sheikh: Shaikh; Mohamud: Mohamoud;
  Uddin: Udin; Miah: Mia; Farah: Farrah; Hassan: Hasan; Kowalczyk: Kowalczik; Nowak: Novak; Wojcik: Vojcik; Wójcik: Wojcik;
  Wozniak: Vozniak; Woźniak: Wozniak; Shevchenko: Schevchenko; Kovalenko: Kowalenko; Tkachenko: Tkatchenko; Melnyk: Melnik;
  Popescu: Popesku; Munteanu: Munteano
`);

/** Forename → other romanisations and spellings of the same name. */
export const FORENAME_SPELLINGS = table(`
  Mohammed: Muhammad Mohamed Mohammad Muhammed; Muhammad: Mohammed; Mohamed: Mohammed; Mohammad: Muhammad; Aisha: Ayesha Aysha;
  Ayesha: Aisha; Zainab: Zaynab; Mustafa: Mustapha; Usman: Osman; Yusuf: Yousuf Yusef; Gurpreet: Gurprit; Jaspreet: Jasprit;
  Harpreet: Harprit; Sukhwinder: Sukhvinder; Harjinder: Harjindar; Kuldeep: Kuldip; Sandeep: Sandip; Rajinder: Rajindar;
  Balwinder: Balvinder; Navdeep: Navdip; Amarjit: Amarjeet; Manjit: Manjeet; Kiranjit: Kiranjeet; Jaswinder: Jasvinder;
  Surinder: Surindar; Deepak: Dipak; Dipika: Deepika; Pooja: Puja; Priya: Pria; Bhavna: Bhavana; Jyoti: Joti; Sunita: Suneeta;
  Nilesh: Neelesh; Olena: Elena Helena; Yulia: Julia Iuliia Yuliya; Iryna: Irina; Oksana: Oxana; Serhiy: Sergei Sergiy Serhii;
  Andriy: Andrii Andrei; Dmytro: Dmitry Dmitri; Oleksandr: Aleksandr Alexander Olexandr; Yuriy: Yuri Iurii; Nataliya: Natalia;
  Mariya: Maria; Georgi: Georgiy George; Dimitar: Dimitri; Nikolai: Nikolay Mykola; Svetlana: Svitlana; Wojciech: Voytek;
  Jakub: Jacob; Ionuț: Ionut; Gheorghe: George; Vasile: Vasily; Łukasz: Lukas
`);

/** Neighbouring keys on a UK QWERTY keyboard, for substitution typos. */
const KEYS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbour(rng: Random, c: string): string {
  const lower = c.toLowerCase();
  const row = KEYS.find((r) => r.includes(lower));
  if (!row) return c;
  const i = row.indexOf(lower);
  const options = [row[i - 1], row[i + 1]].filter((x): x is string => !!x);
  const pick = rng.pick(options);
  return c === lower ? pick : pick.toUpperCase();
}

/** One realistic typo, never in the first letter: a neighbouring key, a dropped or doubled letter, or two letters swapped. */
export function typo(rng: Random, word: string): string {
  if (word.length < 4) return word;
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + neighbour(rng, word[i]!) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default:
      return word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

/** A phone number written another way: +44, spaces, dashes, brackets, or without the 0. */
export function reformatPhone(rng: Random, phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const national = digits.slice(1);
  return rng.pick([
    `+44 ${national.slice(0, 4)} ${national.slice(4)}`,
    `0044${national}`,
    `${digits.slice(0, 5)}-${digits.slice(5, 8)}-${digits.slice(8)}`,
    `(${digits.slice(0, 4)}) ${digits.slice(4, 7)} ${digits.slice(7)}`,
    `+44 (0)${national}`,
    digits,
  ]);
}

/** A postcode typed another way: lower case, no space, or extra spaces. */
export function reformatPostcode(rng: Random, postcode: string): string {
  return rng.pick([postcode.toLowerCase(), postcode.replace(/\s/g, ''), ` ${postcode.replace(' ', '  ')} `, postcode.toLowerCase().replace(' ', '')]);
}

/** Day and month swapped (only meaningful when the day is 12 or less and differs from the month). */
export function swapDayMonth(dob: string): string {
  const [y, m, d] = dob.split('-');
  return `${y}-${d}-${m}`;
}

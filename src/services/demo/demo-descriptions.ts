/**
 * Short, invented incident descriptions per incident type for the demo partnership. Every
 * description Concord stores for a synthetic incident starts with "[SYNTHETIC]" so that it can
 * never be read as a real report, on screen or in an export.
 */
import type { Random } from './prng.js';

export const SYNTHETIC_PREFIX = '[SYNTHETIC]';

const TEXTS: Readonly<Record<string, readonly string[]>> = {
  'intimidation-harassment': [
    'Caller reports being shouted at and sworn at by a neighbour each time they leave the house.',
    'Caller says a group follows them from the bus stop and makes threatening comments.',
    'Caller reports repeated verbal abuse and threats over a parking dispute.',
  ],
  'neighbour-nuisance': [
    'Ongoing dispute with next door: banging on the wall and bins left across the path.',
    'Neighbours reported for shouting in the garden late at night and blocking the shared drive.',
  ],
  noise: [
    'Loud music from a flat until the early hours, several nights running.',
    'Dogs barking and shouting from a house party past midnight.',
  ],
  'youth-rowdy': [
    'Group of about ten young people shouting, kicking a ball against cars and climbing on the shop roof.',
    'Young people gathering at the play area in the evening, swearing at passers-by.',
  ],
  'rowdy-inconsiderate': [
    'Adults drinking and shouting outside the shops, blocking the pavement.',
    'Rowdy group leaving the pub, banging on doors.',
  ],
  'vehicle-nuisance': [
    'Cars racing along the road late at night, revving engines.',
    'Vehicle repeatedly parked across a dropped kerb, driver abusive when asked to move.',
  ],
  'off-road-bikes': [
    'Off-road motorbikes riding at speed across the playing fields and footpaths.',
    'Two riders on scramblers without number plates on the park paths.',
  ],
  'abandoned-vehicle': ['Car with flat tyres and no tax left on the verge for several weeks.'],
  drugs: [
    'Smell of cannabis and suspected dealing from a parked car in the evenings.',
    "Needles and nitrous oxide canisters left near the children's play area.",
  ],
  'fly-tipping': ['Mattresses and bags of rubbish dumped in the alleyway.', "Builders' waste tipped at the entrance to the field."],
  'criminal-damage': [
    'Bus shelter glass smashed and graffiti on the walls.',
    'Garden fence kicked in and plant pots thrown into the road.',
  ],
  'street-drinking': ['Group drinking on the benches by the shops, leaving cans and bottles.'],
  begging: ['Person begging by the cash machine and following shoppers.'],
  'hate-related': [
    'Caller reports being targeted with abuse about their religion by a passer-by.',
    'Offensive graffiti aimed at a family painted on their front door.',
  ],
  animal: ['Dog regularly loose on the estate, chasing children.', 'Dog fouling left outside the school gates every morning.'],
  trespass: ['People climbing into the disused factory site at night.'],
  'nuisance-communications': [
    'Caller receiving repeated abusive messages from an ex-neighbour.',
    'Silent calls at night from a withheld number, believed to be a neighbour.',
  ],
  fireworks: ['Fireworks let off in the street late at night and aimed at houses.'],
  prostitution: ['Residents report kerb-crawling and discarded condoms near the alleyway.'],
  'communal-areas': [
    'Stairwell used for drinking and smoking; rubbish left on the landings.',
    'Door entry system damaged and strangers sleeping in the communal hallway.',
  ],
};

/** "[SYNTHETIC] " followed by a text for the type (a generic one for an unknown type). */
export function describe(rng: Random, typeCode: string): string {
  const texts = TEXTS[typeCode] ?? ['Anti-social behaviour reported by a member of the public.'];
  return `${SYNTHETIC_PREFIX} ${rng.pick(texts)}`;
}

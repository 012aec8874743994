/**
 * Version 1 of the victim, perpetrator and case risk questionnaires, seeded by
 * services/risk/ensure-risk-questionnaires.ts when none is stored.
 *
 * LOCAL / UNVERIFIED (DOMAIN.md §4.2): no national ASB risk matrix text was retrieved, so the
 * wording, weights and bands here are CONFIGURATION, NOT LAW. They are modelled on common ASB risk
 * matrices and the question domains DOMAIN.md §4.1–4.2 lists (Bedfordshire vulnerability factors
 * [S73], HMIC/UPSI work on harm [S80]): repeat victimisation, targeting and hate, threats, impact
 * on daily life, health and sleep, fear, vulnerability (disability, illness, age), children in the
 * household, isolation, housing tenure and whether the victim has considered moving. The
 * perpetrator questionnaire follows young-person and exploitation practice ([S77b]); the case
 * questionnaire the scale and community impact of the problem. Options marked `high` make the
 * result high whatever the score (threats to kill, immediate danger, weapons, exploitation).
 * The victim high band (24 of 52) sits near Middlesbrough's "score ≥ 22 triggers referral" [S75].
 * An administrator replaces any of this by publishing a new version (/admin/risk-questionnaires).
 */
import type { RiskKind } from '../../db/schema.js';
import type { RiskOption, RiskQuestion, RiskQuestionnaire } from './questionnaire.js';

type OptionSpec = [value: string, label: string, score: number, high?: 'high'];

function q(id: string, text: string, hint: string | null, options: OptionSpec[]): RiskQuestion {
  return {
    id,
    text,
    ...(hint ? { hint } : {}),
    options: options.map(([value, label, score, high]): RiskOption => ({ value, label, score, ...(high ? { high: true } : {}) })),
  };
}

const NO_YES = (yes: number): OptionSpec[] => [
  ['no', 'No', 0],
  ['yes', 'Yes', yes],
];

export const VICTIM_QUESTIONNAIRE_V1: RiskQuestionnaire = {
  title: 'Victim risk assessment',
  description: 'Ask the victim each question. The score and level guide your judgement; you can change the level if you give a reason.',
  bands: { medium: 12, high: 24 },
  sections: [
    {
      id: 'the-behaviour',
      title: 'The behaviour',
      questions: [
        q(
          'repeat',
          'How often has the victim experienced this behaviour in the last 12 months?',
          'Count reports to any agency and incidents the victim did not report',
          [
            ['once', 'This is the first time', 0],
            ['two-or-three', '2 or 3 times', 2],
            ['four-or-more', '4 times or more', 4],
            ['ongoing', 'It happens most days or weeks', 6],
          ],
        ),
        q('targeted', 'Does the victim feel personally targeted?', null, [
          ['no', 'No', 0],
          ['not-sure', 'Not sure', 1],
          ['yes', 'Yes', 3],
        ]),
        q(
          'hate',
          'Does the victim think they are targeted because of their disability, race, religion, sexual orientation or transgender identity?',
          null,
          [
            ['no', 'No', 0],
            ['not-sure', 'Not sure', 2],
            ['yes', 'Yes', 4],
          ],
        ),
        q('threats', 'Has the victim, or anyone in their household, been threatened?', null, [
          ['no', 'No', 0],
          ['damage', 'Threats to damage property', 2],
          ['harm', 'Threats of harm or violence', 4],
          ['kill', 'Threats to kill or of serious violence', 6, 'high'],
        ]),
      ],
    },
    {
      id: 'impact',
      title: 'Impact on the victim',
      questions: [
        q(
          'daily-life',
          'How much is the behaviour affecting the victim’s daily life?',
          'For example going out, work, school or having visitors',
          [
            ['not-at-all', 'Not at all', 0],
            ['a-little', 'A little', 1],
            ['a-lot', 'A lot', 3],
            ['cannot-cope', 'They cannot carry on their normal routine', 5],
          ],
        ),
        q('health', 'Has the behaviour affected the victim’s physical or mental health, or their sleep?', null, [
          ['no', 'No', 0],
          ['a-little', 'Yes, a little', 1],
          ['significantly', 'Yes, significantly', 3],
          ['severely', 'Yes, severely (for example they are getting treatment for it)', 5],
        ]),
        q('fear', 'How afraid is the victim for their own safety or their family’s?', null, [
          ['not-afraid', 'Not afraid', 0],
          ['somewhat', 'Somewhat afraid', 2],
          ['very', 'Very afraid', 4],
          ['immediate-danger', 'They are in immediate danger', 6, 'high'],
        ]),
        q('moving', 'Has the victim considered moving home because of the behaviour?', null, [
          ['no', 'No', 0],
          ['considered', 'They have thought about it', 2],
          ['planning', 'They have asked to move or are planning to', 3],
        ]),
      ],
    },
    {
      id: 'vulnerability',
      title: 'Vulnerability',
      questions: [
        q('disability', 'Does the victim have a disability, illness or mental health condition?', null, [
          ['no', 'No', 0],
          ['yes-coping', 'Yes, but it does not affect how they cope with the behaviour', 1],
          ['yes-affects', 'Yes, and it makes it harder for them to cope or protect themselves', 4],
        ]),
        q(
          'age',
          'Does the victim’s age make them more vulnerable?',
          'For example a child or young person, or an older person living alone',
          NO_YES(2),
        ),
        q('children', 'Are there children in the household?', null, [
          ['no', 'No', 0],
          ['yes-not-affected', 'Yes, but they are not directly affected', 1],
          ['yes-affected', 'Yes, and they are affected by the behaviour', 3],
        ]),
      ],
    },
    {
      id: 'support-and-housing',
      title: 'Support and housing',
      questions: [
        q('support', 'Does the victim have family, friends or others who support them?', null, [
          ['good', 'Yes, good support', 0],
          ['some', 'Some support', 1],
          ['isolated', 'No, they are isolated', 3],
        ]),
        q('tenure', 'What is the victim’s housing?', 'Not scored: it tells you which landlord to involve', [
          ['owner', 'Owner-occupier', 0],
          ['social', 'Social housing tenant', 0],
          ['private', 'Private tenant', 0],
          ['other', 'Other or not known', 0],
        ]),
        q('can-move', 'Could the victim move away from the problem if they needed to?', null, [
          ['yes', 'Yes', 0],
          ['difficult', 'Only with difficulty', 1],
          ['no', 'No', 2],
        ]),
      ],
    },
  ],
};

export const PERPETRATOR_QUESTIONNAIRE_V1: RiskQuestionnaire = {
  title: 'Perpetrator risk assessment',
  description:
    'Answer from what the partnership knows about the perpetrator. A young perpetrator’s assessment helps decide which panel hears the case.',
  bands: { medium: 8, high: 16 },
  sections: [
    {
      id: 'behaviour',
      title: 'Behaviour',
      questions: [
        q('escalation', 'Has the perpetrator’s behaviour got worse over time?', null, [
          ['no', 'No', 0],
          ['more-often', 'It is happening more often', 2],
          ['more-serious', 'It has become more serious', 4],
        ]),
        q('violence', 'Has the perpetrator used or threatened violence?', null, [
          ['no', 'No', 0],
          ['threatened', 'Threatened violence', 3],
          ['used', 'Used violence', 5],
          ['weapon', 'Used or threatened violence with a weapon', 6, 'high'],
        ]),
        q('offending', 'Is the perpetrator known for other offending?', null, [
          ['no', 'No', 0],
          ['some', 'Yes, some', 2],
          ['persistent', 'Yes, persistent or serious offending', 4],
        ]),
      ],
    },
    {
      id: 'about-the-perpetrator',
      title: 'About the perpetrator',
      questions: [
        q('under-18', 'Is the perpetrator under 18?', 'If so, involve youth justice and children’s services', NO_YES(2)),
        q(
          'exploitation',
          'Is there any sign that the perpetrator is being criminally or sexually exploited?',
          'For example county lines, going missing, unexplained money or older associates',
          [
            ['no', 'No', 0],
            ['concerns', 'There are concerns', 3],
            ['known', 'Exploitation is known or confirmed', 5, 'high'],
          ],
        ),
        q('substance-misuse', 'Does the perpetrator misuse drugs or alcohol?', null, [
          ['no', 'No', 0],
          ['sometimes', 'Sometimes', 1],
          ['drives-behaviour', 'Yes, and it drives the behaviour', 3],
        ]),
        q('mental-health', 'Does the perpetrator have a mental health condition or learning disability?', null, [
          ['no', 'No', 0],
          ['not-known', 'Not known', 1],
          ['yes', 'Yes', 2],
        ]),
      ],
    },
    {
      id: 'earlier-interventions',
      title: 'Earlier interventions',
      questions: [
        q(
          'compliance',
          'How has the perpetrator responded to earlier interventions?',
          'For example warning letters, Acceptable Behaviour Contracts, Community Protection Warnings or injunctions',
          [
            ['none-yet', 'There have been no interventions yet', 0],
            ['complied', 'Complied', 0],
            ['partly', 'Partly complied', 2],
            ['breached', 'Ignored or breached them', 4],
          ],
        ),
        q('support-engagement', 'Is the perpetrator engaging with support services?', null, [
          ['yes', 'Yes', 0],
          ['not-offered', 'No support has been offered yet', 1],
          ['partly', 'Partly', 1],
          ['no', 'No', 2],
        ]),
      ],
    },
  ],
};

export const CASE_QUESTIONNAIRE_V1: RiskQuestionnaire = {
  title: 'Case risk assessment',
  description: 'Assess the problem as a whole: how big it is, the harm it does and who is working on it.',
  bands: { medium: 10, high: 20 },
  sections: [
    {
      id: 'scale',
      title: 'Scale and duration',
      questions: [
        q('victims', 'How many victims or households are affected?', null, [
          ['one', '1', 0],
          ['two-to-five', '2 to 5', 2],
          ['more-than-five', 'More than 5', 4],
        ]),
        q('duration', 'How long has the problem been going on?', null, [
          ['under-a-month', 'Less than a month', 0],
          ['one-to-six-months', '1 to 6 months', 2],
          ['over-six-months', 'More than 6 months', 4],
        ]),
        q('frequency', 'How often do incidents happen?', null, [
          ['occasionally', 'Less than once a month', 0],
          ['monthly', 'Several times a month', 2],
          ['weekly', 'Every week or more', 4],
        ]),
      ],
    },
    {
      id: 'harm',
      title: 'Harm and community impact',
      questions: [
        q('community-impact', 'What is the impact on the wider community?', null, [
          ['little', 'Little or none', 0],
          ['some', 'Some', 2],
          ['serious', 'Serious: people avoid the area or feel unsafe', 4],
        ]),
        q('hate', 'Is the behaviour hate-related?', null, [
          ['no', 'No', 0],
          ['suspected', 'Suspected', 2],
          ['yes', 'Yes', 4],
        ]),
        q('escalation', 'How likely is the behaviour to escalate?', null, [
          ['unlikely', 'Unlikely', 0],
          ['possible', 'Possible', 2],
          ['likely', 'Likely', 4],
          ['imminent', 'Serious harm is likely soon', 6, 'high'],
        ]),
      ],
    },
    {
      id: 'partnership',
      title: 'Partnership response',
      questions: [
        q('partners', 'Which agencies are working on the problem?', null, [
          ['several', 'Several agencies together', 0],
          ['one', 'One agency', 1],
          ['none-yet', 'None yet, but other agencies are needed', 3],
        ]),
        q('linked-crime', 'Is the problem linked to other crime, such as drug dealing, exploitation or organised crime?', null, [
          ['no', 'No', 0],
          ['suspected', 'Suspected', 2],
          ['yes', 'Yes', 4],
        ]),
      ],
    },
  ],
};

/** Version 1 of each kind. */
export const DEFAULT_RISK_QUESTIONNAIRES: Readonly<Record<RiskKind, RiskQuestionnaire>> = {
  victim: VICTIM_QUESTIONNAIRE_V1,
  perpetrator: PERPETRATOR_QUESTIONNAIRE_V1,
  case: CASE_QUESTIONNAIRE_V1,
};

/**
 * OpenAPI 3.1 paths and schemas of the report API (routes.ts), merged into the document served
 * at /api/v1/openapi.json by src/api/openapi.ts. Kept beside the routes so they change together.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const errors = (forbidden: string) => ({
  '400': { description: 'Invalid body; `field` names the field, e.g. "location.lat"', content: json(ref('Error')) },
  '401': { description: 'No session or token', content: json(ref('Error')) },
  '403': { description: forbidden, content: json(ref('Error')) },
});
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const bool = { type: 'boolean' };
const dateTime = { type: 'string', format: 'date-time', example: '2026-03-14T21:30:00Z' };
const roles = { type: 'string', enum: ['victim', 'complainant', 'witness', 'perpetrator', 'subject'] };
const categories = { type: 'string', enum: ['personal', 'nuisance', 'environmental'] };
const lat = { type: 'number', minimum: -90, maximum: 90, description: 'WGS84 degrees' };
const lon = { type: 'number', minimum: -180, maximum: 180, description: 'WGS84 degrees' };

const person = {
  type: 'object',
  additionalProperties: false,
  properties: {
    forename: str,
    surname: str,
    dateOfBirth: { type: 'string', format: 'date', example: '1980-04-02' },
    postcode: { type: 'string', example: 'LE1 1AA' },
    phone: { type: 'string', example: '07700 900123' },
    email: { type: 'string', format: 'email' },
    address: str,
  },
};

const flag = {
  type: 'object',
  required: ['met', 'reason', 'incidentIds'],
  properties: {
    met: bool,
    reason: { type: 'string', description: 'Why, in plain words' },
    incidentIds: {
      type: 'array',
      items: str,
      description: 'Every incident the flag rests on, across all partners; see `incidents` for which the caller may open',
    },
  },
};

export const reportSchemas = {
  Person: person,
  Flag: flag,
  CheckFlags: {
    type: 'object',
    required: ['repeatVictim', 'vulnerable', 'repeatLocation', 'knownPerpetrator', 'caseReviewThreshold'],
    properties: {
      repeatVictim: ref('Flag'),
      vulnerable: ref('Flag'),
      repeatLocation: ref('Flag'),
      knownPerpetrator: ref('Flag'),
      caseReviewThreshold: {
        allOf: [
          ref('Flag'),
          {
            type: 'object',
            properties: {
              explainCaseReview: { type: 'boolean', description: 'Second report within six months: explain the ASB Case Review' },
            },
          },
        ],
      },
    },
  },
  IncidentView: {
    type: 'object',
    required: ['id', 'reference', 'visible', 'heldBy', 'contact', 'month'],
    properties: {
      id: str,
      reference: str,
      visible: { type: 'boolean', description: 'True when the caller may open the incident; otherwise contact the holder' },
      heldBy: { type: 'string', description: "Recording organisation's name, or 'police.uk open data'" },
      contact: nullableStr,
      month: { type: 'string', example: '2026-03' },
    },
  },
  OpenCase: {
    type: 'object',
    required: ['caseId', 'reference', 'leadOrganisationName', 'leadOfficerName', 'contact', 'via'],
    properties: {
      caseId: str,
      reference: str,
      leadOrganisationName: str,
      leadOfficerName: nullableStr,
      contact: nullableStr,
      via: { type: 'string', enum: ['person', 'place'] },
    },
  },
} as const;

const checksResponse = {
  type: 'object',
  required: ['candidates', 'bestPersonId', 'flags', 'openCases', 'incidents'],
  properties: {
    candidates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['personId', 'score', 'reasons'],
        properties: { personId: str, score: { type: 'number', minimum: 0, maximum: 1 }, reasons: { type: 'array', items: str } },
      },
    },
    bestPersonId: { ...nullableStr, description: 'The person the flags describe: personId if given, else the best candidate' },
    flags: ref('CheckFlags'),
    openCases: { type: 'array', items: ref('OpenCase') },
    incidents: { type: 'array', items: ref('IncidentView'), description: 'Every incident any flag lists' },
  },
};

export const reportPaths = {
  '/api/v1/reference/incident-types': {
    get: {
      summary: 'Incident types and ASB categories',
      description:
        'Every incident type (active or not) at its current version, and the three ASB categories. Category and type are independent fields: any type may be recorded with any category (NSIR 2011).',
      responses: {
        '200': {
          description: 'Both lists, in display order',
          content: json({
            type: 'object',
            required: ['incidentTypes', 'categories'],
            properties: {
              incidentTypes: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['code', 'name', 'active', 'version'],
                  properties: { code: str, name: str, description: str, nsirType: nullableStr, active: bool, version: { type: 'integer' } },
                },
              },
              categories: {
                type: 'array',
                items: { type: 'object', required: ['code', 'name'], properties: { code: categories, name: str, description: str } },
              },
            },
          }),
        },
        '401': { description: 'No session or token', content: json(ref('Error')) },
      },
    },
  },
  '/api/v1/checks/point-of-report': {
    post: {
      summary: 'Point-of-report checks',
      description:
        'Repeat victim, vulnerable victim, repeat location, known perpetrator, open cases and the ASB Case Review threshold, across every partner, counting the report being made. Needs a role that records reports (call handler, officer, supervisor, ASB coordinator, partner case officer). Give at least a name or a location.',
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          additionalProperties: false,
          properties: {
            person: ref('Person'),
            personId: { type: 'string', description: 'A confirmed person; wins over person' },
            location: { type: 'object', required: ['lat', 'lon'], additionalProperties: false, properties: { lat, lon } },
            incidentType: { type: 'string', description: 'A code from /api/v1/reference/incident-types' },
            category: categories,
            hateRelated: bool,
            perpetratorPersonIds: { type: 'array', items: str },
            vulnerabilityFactors: {
              type: 'array',
              items: {
                type: 'string',
                enum: ['age', 'disability', 'mental-health', 'physical-health', 'isolation', 'previous-victimisation'],
              },
            },
          },
        }),
      },
      responses: {
        '200': { description: 'The flags describe bestPersonId', content: json(checksResponse) },
        ...errors('The role may not record reports'),
      },
    },
  },
  '/api/v1/incidents': {
    post: {
      summary: 'Record an incident',
      description:
        'Records the incident and its parties (a party given as `person` is recorded as a new person), suggests the lead agency, and returns the checks as they stand after this incident. Needs a role that records reports.',
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          additionalProperties: false,
          properties: {
            reportedAt: dateTime,
            occurredFrom: dateTime,
            occurredTo: dateTime,
            category: categories,
            incidentType: str,
            description: str,
            location: { type: 'object', additionalProperties: false, properties: { lat, lon, text: str } },
            districtCode: {
              type: 'string',
              description: 'GSS district code, used when no boundaries place the point',
              example: 'E06000016',
            },
            hateRelated: bool,
            crimeReference: str,
            childInvolved: bool,
            channel: { type: 'string', enum: ['phone', 'online', 'in person', 'email', 'partner referral'] },
            parties: {
              type: 'array',
              items: {
                oneOf: [
                  { type: 'object', required: ['role', 'personId'], properties: { role: roles, personId: str } },
                  { type: 'object', required: ['role', 'person'], properties: { role: roles, person: ref('Person') } },
                ],
              },
            },
            callAnswers: {
              type: 'object',
              properties: {
                happenedBefore: { type: 'string', enum: ['yes', 'no', 'not-known'] },
                vulnerabilityFactors: { type: 'array', items: str },
                hateRelated: bool,
                immediateDanger: bool,
                callerWants: str,
              },
            },
            leadAgency: {
              type: 'object',
              required: ['lead'],
              properties: { lead: { type: 'string', enum: ['police', 'partner'] }, reason: str },
            },
          },
        }),
      },
      responses: {
        '201': {
          description: 'Recorded',
          content: json({
            type: 'object',
            required: ['incidentId', 'reference', 'parties', 'flags', 'leadAgency'],
            properties: {
              incidentId: str,
              reference: { type: 'string', example: 'ASB-2026-000123' },
              parties: {
                type: 'array',
                items: { type: 'object', required: ['role', 'personId'], properties: { role: roles, personId: str } },
              },
              flags: ref('CheckFlags'),
              leadAgency: {
                type: 'object',
                required: ['lead', 'reason', 'suggested'],
                properties: { lead: { type: 'string', enum: ['police', 'partner'] }, reason: str, suggested: bool },
              },
              openCases: { type: 'array', items: ref('OpenCase') },
              incidents: { type: 'array', items: ref('IncidentView') },
            },
          }),
        },
        ...errors('The role may not record reports'),
      },
    },
  },
} as const;

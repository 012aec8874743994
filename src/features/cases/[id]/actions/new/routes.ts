/**
 * GET/POST /cases/:id/actions/new?type=<code> — record an action on a case: step 1 chooses the
 * type (by step on the ladder), step 2 is the form for that type. A refusal by the rules is shown
 * in the GOV.UK error summary with its reason and source, everything typed kept (status 400).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../../../../domain/access/roles.js';
import type { AppDeps } from '../../../../../platform/deps.js';
import { requireActor } from '../../../../../platform/guards.js';
import type { FormErrors } from '../../../../../platform/forms.js';
import { findCaseHeader, viewCase, type CaseHeader } from '../../../../../services/cases/case-header.js';
import { CaseRuleError } from '../../../../../services/cases/errors.js';
import { InterventionRefusedError } from '../../../../../services/powers/errors.js';
import { listInterventionTypes } from '../../../../../services/powers/list-intervention-types.js';
import { recordIntervention } from '../../../../../services/powers/record-intervention.js';
import { replyToAccessError } from '../../reviews/case-errors.js';
import { formBody } from '../../reviews/presenters.js';
import { findingsAsErrors, inSentence } from '../presenters.js';
import { DATE_FIELDS, DATE_TIME_FIELDS } from './fields.js';
import { readInterventionForm } from './read-form.js';
import { interventionForm, typeGroups } from './view-model.js';

type Req = { Params: { id: string }; Querystring: { type?: string; person?: string; choose?: string } };
const CHOOSE = 'features/cases/[id]/actions/new/choose.njk';
const FORM = 'features/cases/[id]/actions/new/view.njk';
const DATES = [...DATE_FIELDS, ...DATE_TIME_FIELDS];

export default async function newActionRoutes(app: FastifyInstance, { db }: AppDeps) {
  const guard = { preHandler: requireActor('cases:work') };

  async function show(
    reply: FastifyReply,
    actor: Actor,
    caseHeader: CaseHeader,
    typeCode: string | undefined,
    values: Record<string, unknown>,
    errors?: FormErrors,
  ) {
    const types = await listInterventionTypes(db);
    const type = types.find((t) => t.code === typeCode && t.active);
    const common = { caseHeader, casePage: 'actions', errors, backHref: `/cases/${caseHeader.id}/actions` };
    if (!type) {
      return reply.code(errors ? 400 : 200).view(CHOOSE, {
        ...common,
        title: 'Record an action',
        groups: typeGroups(types, typeCode),
        action: `/cases/${caseHeader.id}/actions/new`,
      });
    }
    const model = await interventionForm(db, actor, caseHeader.id, type, types, values, errors, new Date());
    return reply.code(errors ? 400 : 200).view(FORM, {
      ...common,
      title: `Record ${inSentence(type.name)}`,
      values,
      ...model,
      action: `/cases/${caseHeader.id}/actions/new?type=${encodeURIComponent(type.code)}`,
      chooseHref: `/cases/${caseHeader.id}/actions/new`,
    });
  }

  app.get<Req>('/cases/:id/actions/new', guard, async (request, reply) => {
    const caseHeader = await viewCase(db, request.actor!, request.params.id, 'actions', request.ip);
    if (!caseHeader) return reply.callNotFound();
    const typeCode = request.query.type;
    const noType =
      (typeCode !== undefined || request.query.choose !== undefined) &&
      !(await listInterventionTypes(db, { activeOnly: true })).some((t) => t.code === typeCode);
    const errors = noType ? findingsAsErrors([{ field: 'type-1', message: 'Select the type of action', source: '' }], []) : undefined;
    return show(reply, request.actor!, caseHeader, typeCode, request.query.person ? { subject: request.query.person } : {}, errors);
  });

  app.post<Req>('/cases/:id/actions/new', guard, async (request, reply) => {
    const body = formBody(request.body);
    const typeCode = request.query.type ?? '';
    const redisplay = async (errors: FormErrors) => {
      const caseHeader = await findCaseHeader(db, request.actor!, request.params.id);
      return caseHeader ? show(reply, request.actor!, caseHeader, typeCode, body, errors) : reply.callNotFound();
    };
    const type = (await listInterventionTypes(db, { activeOnly: true })).find((t) => t.code === typeCode);
    const read = readInterventionForm(body, typeCode, type?.subjectKinds ?? ['person']);
    if (!read.ok) return redisplay(findingsAsErrors(read.findings, DATES));
    try {
      await recordIntervention(db, request.actor!, request.params.id, read.input, { ip: request.ip });
      return reply.redirect(`/cases/${request.params.id}/actions?done=recorded`, 303);
    } catch (err) {
      if (err instanceof InterventionRefusedError) return redisplay(findingsAsErrors(err.refusals, DATES));
      if (err instanceof CaseRuleError) return redisplay(findingsAsErrors([{ field: err.field, message: err.message, source: '' }], DATES));
      if (replyToAccessError(reply, err)) return reply;
      throw err;
    }
  });
}

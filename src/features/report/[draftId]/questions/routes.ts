/**
 * GET/POST /report/:draftId/questions — the partnership's standard call-handling questions
 * (the version in force), kept in the draft with the version asked.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../../platform/deps.js';
import { validateForm } from '../../../../platform/forms.js';
import { currentQuestionnaire } from '../../../../services/report/call-handling-questions.js';
import { updateReportDraft } from '../../../../services/report-drafts/update-report-draft.js';
import { draftFor, formBody, nextPath, reportGuard } from '../../_shared/report-page.js';
import { questionsSchema, questionValues } from './schema.js';
import { questionsPage } from './view-model.js';

const VIEW = 'features/report/[draftId]/questions/view.njk';

export default async function questionsRoutes(app: FastifyInstance, { db }: AppDeps) {
  app.get('/report/:draftId/questions', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    const questionnaire = await currentQuestionnaire(db);
    const saved = draft.data.questions?.version === questionnaire.version ? draft.data.questions.values : {};
    return reply.view(VIEW, questionsPage(draft.id, questionnaire, saved));
  });

  app.post('/report/:draftId/questions', reportGuard, async (request, reply) => {
    const draft = await draftFor(db, request);
    if (!draft) return reply.callNotFound();
    const questionnaire = await currentQuestionnaire(db);
    const values = questionValues(formBody(request), questionnaire);
    const form = validateForm(questionsSchema(questionnaire), values);
    if (!form.ok) return reply.code(400).view(VIEW, questionsPage(draft.id, questionnaire, values, form.errors));
    const questions = { version: questionnaire.version, values, answers: { ...form.value } };
    await updateReportDraft(db, request.actor!, draft.id, { questions });
    return reply.redirect(nextPath({ ...draft, data: { ...draft.data, questions } }), 303);
  });
}

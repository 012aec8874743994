// Starts GOV.UK Frontend components on every page (served by Concord itself; no inline script).
import { initAll } from '/vendor/govuk/govuk-frontend.min.js';
initAll();

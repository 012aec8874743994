// GOV.UK Frontend marks a radio that reveals a follow-up question with aria-expanded. ARIA does
// not allow that attribute on a radio, so axe fails the page (a known GOV.UK Frontend issue,
// alphagov/govuk-frontend#979); the revealed content stays linked by aria-controls. This drops
// the attribute from radios whenever GOV.UK Frontend sets it, so every page passes the
// accessibility check. Remove it if the project decides to accept GOV.UK's choice instead.
const RADIO = 'input.govuk-radios__input[aria-expanded]';

function strip(root) {
  for (const input of root.querySelectorAll(RADIO)) input.removeAttribute('aria-expanded');
}

strip(document);
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.target instanceof HTMLInputElement && change.target.matches(RADIO)) change.target.removeAttribute('aria-expanded');
  }
}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'] });

// The report journey's what-and-where page: MoJ "add another" for other people, and the place —
// gazetteer search without reloading the page, and a Leaflet map (global `L`) to click on. The
// chosen point goes into the hidden lat/lon/placeLabel fields the server reads. Everything here
// also works without JavaScript (the form's own buttons), so this only makes it quicker.
import { AddAnother } from '/vendor/moj/moj-frontend.min.js';

const LLR_CENTRE = [52.64, -1.13];
const MAP_LABEL = 'Point chosen on the map';

// A row's matches belong to that row: a new row starts without them, and each row's
// "Find matches" button names its own row (the server reads `find-party` as the row's index).
document.addEventListener('moj-add-another:create-template', (event) => {
  for (const block of event.target.content?.querySelectorAll('.report-party-candidates') ?? []) block.remove();
});
function renumberFindButtons() {
  document.querySelectorAll('.moj-add-another__item').forEach((item, i) => {
    const button = item.querySelector('[data-party-find]');
    if (!button) return;
    button.value = String(i);
    button.id = `parties-${i}-find`;
    const hidden = button.querySelector('.govuk-visually-hidden');
    if (hidden) hidden.textContent = ` for other person ${i + 1}`;
  });
}
document.addEventListener('moj-add-another:add-item', renumberFindButtons);
document.addEventListener('moj-add-another:remove-item', renumberFindButtons);

for (const el of document.querySelectorAll('[data-module="moj-add-another"]')) new AddAnother(el);

const $ = (id) => document.getElementById(id);
const lat = $('lat');
const lon = $('lon');
const label = $('placeLabel');
const results = $('place-results');
const chosen = $('place-chosen');
const query = $('placeQuery');
const findButton = $('find-place');
const mapBox = $('report-map');

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

let map;
let marker;

/** Close enough to see the street with base tiles; without them only outlines show, so less. */
function pointZoom() {
  return mapBox.dataset.tileUrl ? 16 : 12;
}

function showChosen(text) {
  const inset = el('div', 'govuk-inset-text');
  inset.append('Place chosen: ', el('strong', '', text));
  chosen.replaceChildren(inset);
}

function setPoint(la, lo, text, pan) {
  lat.value = la.toFixed(6);
  lon.value = lo.toFixed(6);
  label.value = text;
  showChosen(text);
  if (!map) return;
  if (marker) marker.setLatLng([la, lo]);
  else
    marker = window.L.circleMarker([la, lo], { radius: 9, color: '#0b0c0c', weight: 3, fillColor: '#ffdd00', fillOpacity: 1 }).addTo(map);
  if (pan) map.setView([la, lo], Math.max(map.getZoom(), pointZoom()));
}

function choiceValue(p) {
  return `${p.lat.toFixed(6)},${p.lon.toFixed(6)}|${p.label}`;
}

const KIND = { street: 'Street (police.uk)', ward: 'Ward', lsoa: 'Neighbourhood (LSOA)' };

/** The same GOV.UK radios the server renders after "Find place". */
function renderResults(places) {
  if (!places.length) {
    results.replaceChildren(
      el('p', 'govuk-body', `No places match “${query.value}”. Try part of the street name, click on the map, or type the address.`),
    );
    return;
  }
  const group = el('div', 'govuk-form-group');
  const fieldset = el('fieldset', 'govuk-fieldset');
  fieldset.append(el('legend', 'govuk-fieldset__legend govuk-fieldset__legend--s', 'Choose the place'));
  const radios = el('div', 'govuk-radios');
  radios.dataset.module = 'govuk-radios';
  places.forEach((p, i) => {
    const id = i === 0 ? 'placeChoice' : `placeChoice-${i + 1}`;
    const item = el('div', 'govuk-radios__item');
    const input = el('input', 'govuk-radios__input');
    Object.assign(input, { type: 'radio', id, name: 'placeChoice', value: choiceValue(p) });
    input.setAttribute('aria-describedby', `${id}-item-hint`);
    input.addEventListener('change', () => setPoint(p.lat, p.lon, p.label, true));
    const lab = el('label', 'govuk-label govuk-radios__label', p.label);
    lab.htmlFor = id;
    const hint = el('div', 'govuk-hint govuk-radios__hint', [KIND[p.kind], p.districtName].filter(Boolean).join(', '));
    hint.id = `${id}-item-hint`;
    item.append(input, lab, hint);
    radios.append(item);
  });
  fieldset.append(radios);
  group.append(fieldset);
  results.replaceChildren(group);
}

async function findPlaces(event) {
  event.preventDefault();
  const q = query.value.trim();
  try {
    const res = await fetch(`${mapBox.dataset.gazetteerUrl}?q=${encodeURIComponent(q)}`, {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    renderResults((await res.json()).places);
  } catch {
    // Fall back to the form's own "Find place" button.
    findButton.removeEventListener('click', findPlaces);
    findButton.click();
  }
}

// Existing radios (after a search without JavaScript) move the marker too.
for (const input of results.querySelectorAll('input[name="placeChoice"]')) {
  input.addEventListener('change', () => {
    const [point, ...rest] = input.value.split('|');
    const [la, lo] = point.split(',').map(Number);
    setPoint(la, lo, rest.join('|'), true);
  });
}

findButton.addEventListener('click', findPlaces);
query.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') findPlaces(e);
});

async function drawOutlines(fit) {
  try {
    const res = await fetch(mapBox.dataset.outlinesUrl, { credentials: 'same-origin', headers: { accept: 'application/geo+json' } });
    if (!res.ok) return;
    const outlines = await res.json();
    if (!outlines.features.length) return;
    const layer = window.L.geoJSON(outlines, {
      style: { color: '#505a5f', weight: 1.5, fill: true, fillOpacity: 0.04 },
      onEachFeature: (f, l) => l.bindTooltip(el('span', 'report-map-outline-label', f.properties.name), { sticky: true }),
      interactive: true,
    }).addTo(map);
    if (fit && !lat.value) map.fitBounds(layer.getBounds());
  } catch {
    // The outlines only help to find the place; the map works without them.
  }
}

if (mapBox && window.L) {
  $('report-map-wrapper').hidden = false;
  const L = window.L;
  map = L.map(mapBox, { scrollWheelZoom: false }).setView(LLR_CENTRE, 10);
  if (mapBox.dataset.tileUrl) L.tileLayer(mapBox.dataset.tileUrl, { attribution: mapBox.dataset.tileAttribution, maxZoom: 19 }).addTo(map);
  map.on('click', (e) => {
    for (const r of results.querySelectorAll('input[name="placeChoice"]')) r.checked = false;
    setPoint(e.latlng.lat, e.latlng.lng, MAP_LABEL, false);
  });
  if (lat.value && lon.value) {
    setPoint(Number(lat.value), Number(lon.value), label.value || MAP_LABEL, false);
    map.setView([Number(lat.value), Number(lon.value)], pointZoom());
  }
  void drawOutlines(true);
}

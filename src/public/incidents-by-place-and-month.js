// "Incidents by place and month": draws the line chart (Chart.js, global `Chart`) from the
// JSON data block beside its canvas, and the LSOA choropleth (Leaflet, global `L`) from the
// page's GeoJSON endpoint. No inline script: the page's CSP allows only files from this host.
// The table on the page holds the same figures, so nothing is lost without JavaScript.

// Okabe–Ito colours (safe for colour-blind readers), with dashes and point shapes as a second cue.
const LINE_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442', '#882255', '#505a5f'];
const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'];
// Must match the .incidents-by-place-swatch--N colours in incidents-by-place-and-month.css.
const FILL = ['#f3f2f1', '#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

function drawChart() {
  const canvas = document.getElementById('incidents-chart');
  const block = document.getElementById('incidents-chart-data');
  if (!canvas || !block || !window.Chart) return;
  const data = JSON.parse(block.textContent);
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        borderColor: LINE_COLOURS[i % LINE_COLOURS.length],
        backgroundColor: LINE_COLOURS[i % LINE_COLOURS.length],
        borderDash: DASHES[i % DASHES.length],
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 3,
        borderWidth: 2,
        tension: 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Incidents' } },
        x: { title: { display: true, text: 'Month' } },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
    },
  });
}

function classOf(count, classes) {
  if (count === 0) return 0;
  const i = classes.findIndex((c) => count <= c.max);
  return i === -1 ? classes.length : i + 1;
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function legendControl(collection) {
  const control = window.L.control({ position: 'bottomright' });
  control.onAdd = () => {
    const box = el('div', 'incidents-by-place-legend');
    box.appendChild(el('h3', '', `Incidents per LSOA${collection.vintage ? ` (${collection.vintage})` : ''}`));
    const list = el('ul');
    const rows = [
      { text: '0', n: 0 },
      ...collection.classes.map((c, i) => ({ text: c.min === c.max ? `${c.min}` : `${c.min} to ${c.max}`, n: i + 1 })),
    ];
    for (const r of rows) {
      const li = el('li');
      li.appendChild(el('span', `incidents-by-place-swatch incidents-by-place-swatch--${r.n}`));
      li.appendChild(el('span', '', r.text));
      list.appendChild(li);
    }
    box.appendChild(list);
    return box;
  };
  return control;
}

function tooltip(properties) {
  // Built as DOM text, never HTML: boundary names come from files an operator loaded.
  const t = el('span', '', `${properties.name} (${properties.code}): ${properties.count.toLocaleString('en-GB')}`);
  return t;
}

async function drawMap() {
  const box = document.getElementById('incidents-map');
  if (!box || !window.L) return;
  const L = window.L;
  const map = L.map(box, { scrollWheelZoom: false }).setView([52.64, -1.13], 9);
  if (box.dataset.tileUrl) L.tileLayer(box.dataset.tileUrl, { attribution: box.dataset.tileAttribution, maxZoom: 18 }).addTo(map);
  try {
    const res = await fetch(box.dataset.geojsonUrl, { credentials: 'same-origin', headers: { accept: 'application/geo+json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const collection = await res.json();
    const layer = L.geoJSON(collection, {
      style: (f) => ({ color: '#505a5f', weight: 0.6, fillOpacity: 0.8, fillColor: FILL[classOf(f.properties.count, collection.classes)] }),
      onEachFeature: (f, l) => l.bindTooltip(tooltip(f.properties), { sticky: true }),
    }).addTo(map);
    if (collection.features.length) map.fitBounds(layer.getBounds());
    legendControl(collection).addTo(map);
  } catch {
    box.replaceChildren(
      el('p', 'govuk-body incidents-by-place-map-message', 'The map could not be loaded. The table above has the figures.'),
    );
  }
}

drawChart();
void drawMap();

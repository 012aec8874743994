// "Use of powers": draws the stacked bar chart (Chart.js, global `Chart`) from the JSON data
// block beside its canvas. No inline script: the page's CSP allows only files from this host.
// The table "Interventions by district and age band of the subject" holds the same figures, so
// nothing is lost without JavaScript. A count withheld as "[c]" (small counts, see the page's note)
// arrives as null: its bar is left out, never drawn at its true size, and the tooltip says so.

// Okabe–Ito colours (safe for colour-blind readers); bars after the first are outlined as a second cue.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#505a5f'];

function drawChart() {
  const canvas = document.getElementById('use-of-powers-chart');
  const block = document.getElementById('use-of-powers-chart-data');
  if (!canvas || !block || !window.Chart) return;
  const data = JSON.parse(block.textContent);
  const withheldAt = (index) => data.datasets.some((d) => d.data[index] === null);
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d, i) => ({
        label: d.label,
        data: d.data,
        backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: '#0b0c0c',
        borderWidth: i === 0 ? 0 : 1,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, title: { display: true, text: 'District' } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Interventions' } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: { footer: (items) => (items.length && withheldAt(items[0].dataIndex) ? 'Counts shown as [c] are not plotted' : '') },
        },
      },
    },
  });
}

drawChart();

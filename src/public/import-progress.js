// police.uk import job page: polls the job's JSON every second, moves the progress bar and
// text, and reloads the page when the job has finished so the summary shows. No inline script:
// the CSP allows only files from this host. Without JavaScript, the page's "Refresh this page"
// link does the same.
const box = document.getElementById('import-progress');
const bar = document.getElementById('import-progress-bar');
const text = document.getElementById('import-progress-text');

async function poll() {
  try {
    const res = await fetch(box.dataset.statusUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (res.ok) {
      const job = await res.json();
      if (job.finished) {
        window.location.reload();
        return;
      }
      bar.value = job.percent;
      bar.textContent = `${job.percent}%`;
      text.textContent = `${job.percent}% done`;
    }
  } catch {
    // A dropped connection: try again on the next tick.
  }
  setTimeout(poll, 1000);
}

if (box && bar && text) setTimeout(poll, 1000);

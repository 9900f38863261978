// The report page's fixed parts: its style sheet and its one inline script. Neither holds any
// data: rows carry what the script needs in data-* attributes, escaped like the rest.

/** Inline CSS of report.html. */
export const REPORT_CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1rem 2rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}
table.summary{width:auto}table.summary th{background:#f4f4f6}
.alignment td.ids,.alignment td.score{font:12px monospace;color:#666;white-space:nowrap;width:2.5rem}
.alignment th:nth-child(2),.alignment th:nth-child(3){width:46%}
tr.link:not(.unaligned) td:not(.ids):not(.score){background:hsl(var(--hue) 80% 92%);border-left:4px solid hsl(var(--hue) 60% 55%)}
tr.unaligned td{background:#fafafa}td.empty{color:#a33;font-style:italic}
tr.unaligned td.empty::before{content:"∅ "}
mark.garble{background:#ffd54f;border-bottom:2px solid #e65100;position:relative;cursor:help}
mark.garble:hover::after{content:attr(data-tip);position:absolute;left:0;top:1.6em;background:#263238;color:#fff;padding:.2rem .45rem;border-radius:4px;white-space:nowrap;font-size:12px;z-index:2}
.verdict{padding:0 .4rem;border-radius:3px;font-size:12px}.verdict.spun{background:#e65100;color:#fff}.verdict.clean{background:#2e7d32;color:#fff}.verdict.unsupported{background:#9e9e9e;color:#fff}
.error{color:#a33}.note{font-weight:normal;color:#6d4c41;font-size:.85rem}.lang{font:12px monospace;background:#eceff1;padding:0 .3rem}.pair-score{font-weight:normal;color:#666;font-size:.85rem}
.controls{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:.5rem 0;position:sticky;top:0;background:#fff;padding:.4rem 0;z-index:3}
.controls input[type=search]{width:14rem}.controls input[type=number]{width:5rem}.shown,.folder{color:#666}table.pairs .verdict{white-space:nowrap;display:inline-block;margin:1px 0}
table.pairs{font-size:13px}table.pairs th{background:#f4f4f6;cursor:pointer;user-select:none;white-space:nowrap}
table.pairs th[aria-sort=ascending]::after{content:" ▲"}table.pairs th[aria-sort=descending]::after{content:" ▼"}
table.pairs td.file{word-break:break-all;max-width:22rem}table.pairs td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.scored{background:hsl(var(--q) 70% 86%)}
details.pair,details.spun-document{scroll-margin-top:6rem}details.pair{border:1px solid #ddd;border-radius:4px;margin:.5rem 0;padding:.2rem .6rem}details.pair[open]{padding-bottom:.6rem}
details.pair>summary,details.spun-document>summary{cursor:pointer;font-weight:600;padding:.3rem 0}details.spun-document{margin:.5rem 0}details.pair>summary .files{font-weight:normal;font-size:.85rem}
details.documents>summary{cursor:pointer;font-size:1.1rem;font-weight:600;margin-top:2rem}
svg.histogram text{font:11px system-ui,sans-serif;fill:#444}svg.histogram rect.bar{fill:#5c6bc0}`;

/**
 * Inline script of report.html: sorting (click a header), filters, search, and each pair's
 * alignment put into the page from its `<template>` when its section is first opened.
 */
export const REPORT_SCRIPT = `(() => {
  const table = document.getElementById('pairs');
  if (table) {
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const $ = (id) => document.getElementById(id);
    const shown = $('shown');
    const apply = () => {
      const language = $('f-language').value;
      const below = Number.parseFloat($('f-below').value);
      const spunOnly = $('f-spun').checked;
      const query = $('f-search').value.trim().toLowerCase();
      let n = 0;
      for (const row of rows) {
        const ok = (language === '' || row.dataset.languages === language)
          && (Number.isNaN(below) || Number(row.dataset.score) < below)
          && (!spunOnly || row.dataset.spun === '1')
          && (query === '' || row.dataset.search.includes(query));
        row.hidden = !ok;
        if (ok) n++;
      }
      shown.textContent = n + ' of ' + rows.length + ' pairs shown';
    };
    for (const id of ['f-language', 'f-below', 'f-spun', 'f-search']) $(id).addEventListener('input', apply);
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((th, column) => th.addEventListener('click', () => {
      const descending = th.getAttribute('aria-sort') === 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const key = (row) => { const cell = row.cells[column]; return cell.dataset.v ?? cell.textContent; };
      const numeric = th.dataset.type === 'number';
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return descending ? -order : order;
      });
      body.append(...rows);
    }));
    apply();
  }
  const fill = (details) => {
    const template = details.querySelector(':scope > template');
    if (details.open && template) { details.append(template.content.cloneNode(true)); template.remove(); }
  };
  document.addEventListener('toggle', (event) => { if (event.target.tagName === 'DETAILS') fill(event.target); }, true);
  const openHash = () => {
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === 'DETAILS') { target.open = true; fill(target); target.scrollIntoView(); }
  };
  window.addEventListener('hashchange', openHash);
  openHash();
})();`;

// The dashboard's request inspector (the Requests tab of an account): what the account's API
// clients sent and what they got back, from the account's request log (control/requests.ts, read
// through /_sim/admin/accounts/{sid}/requests). A classic script loaded before app.js, which hands it
// its helpers with `connect` and asks it to load and render the tab; it keeps only its own filters
// and the request being looked at.
(() => {
  /** Set by app.js: api(path), esc, fmt, reload() (loads the tab again and renders), render(). */
  let ui = null;
  let account = null;
  const filters = { status: '', path: '', sid: '' };
  let shown = null; // seq of the request open in the detail view

  const STATUS_CLASSES = [
    ['', 'Any status'],
    ['2xx', '2xx success'],
    ['4xx', '4xx client errors'],
    ['5xx', '5xx server errors'],
  ];

  function statusClass(status) {
    return status >= 500 ? 'bad' : status >= 400 ? 'warn' : status >= 300 ? 'wait' : 'good';
  }

  async function load(accountSid) {
    if (accountSid !== account) {
      // Another account: its own requests, unfiltered, unless a resource link just asked for one SID.
      if (!filters.pending) Object.assign(filters, { status: '', path: '', sid: '' });
      shown = null;
      account = accountSid;
    }
    delete filters.pending;
    const q = new URLSearchParams({ limit: '200' });
    for (const k of ['status', 'path', 'sid']) if (filters[k]) q.set(k, filters[k]);
    return (await ui.api(`/accounts/${encodeURIComponent(accountSid)}/requests?${q}`)).requests;
  }

  /** A form body as its fields (what the Twilio SDK sends), else the text as it came. */
  function bodyView(body, headers) {
    const esc = ui.esc;
    if (body === null || body === undefined || body === '') return '<p class="muted">No body.</p>';
    const type = headers?.['content-type'] ?? '';
    if (type.includes('application/x-www-form-urlencoded') && !body.startsWith('[')) {
      const rows = [...new URLSearchParams(body)].map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
      return `<table class="kv" data-testid="request-form">${rows}</table>`;
    }
    return `<pre>${esc(pretty(body))}</pre>`;
  }

  function pretty(text) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  }

  function headersView(headers) {
    const esc = ui.esc;
    const rows = Object.entries(headers ?? {})
      .map(([k, v]) => `<tr><th>${esc(k)}</th><td${v === '[redacted]' ? ' class="muted" title="Credentials are never kept"' : ''}>${esc(v)}</td></tr>`)
      .join('');
    return rows ? `<table class="kv" data-testid="request-headers">${rows}</table>` : '<p class="muted">None.</p>';
  }

  function detail(r) {
    const { esc, fmt } = ui;
    const link = r.query ? `${r.path}?${r.query}` : r.path;
    const error =
      r.status >= 400
        ? `<div class="req-error" data-testid="request-error">
            <strong>Error${r.code !== null ? ` ${esc(r.code)}` : ''}</strong>
            ${r.moreInfo ? ` · <a href="${esc(r.moreInfo)}" target="_blank" rel="noopener noreferrer" data-testid="more-info">${esc(r.moreInfo)}</a>` : ''}
          </div>`
        : '';
    const hints = r.hints.length ? `<div class="req-hint" data-testid="request-hint"><strong>What to do next:</strong> ${r.hints.map((h) => esc(h)).join('<br>')}</div>` : '';
    const sids = r.sids.length
      ? `<p class="muted">Resources: ${r.sids.map((s) => `<button type="button" class="sidlink" data-action="open" data-sid="${esc(s)}">${esc(s)}</button>`).join(' ')}</p>`
      : '';
    return `<div class="req-detail" data-testid="request-detail">
      <div class="req-detail-head">
        <strong>${esc(r.method)} ${esc(link)}</strong> <span class="req-status ${statusClass(r.status)}">${esc(r.status)}</span>
        <span class="muted">· ${esc(fmt(r.simulatedAt))} simulated · ${esc(r.at)} real · ${esc(r.ms)} ms</span>
        <button type="button" class="subtle" data-req-action="close">✕ Close</button>
      </div>
      ${error}${hints}${sids}
      <div class="req-sides">
        <section data-testid="request-side"><h3>Request</h3><h4>Headers</h4>${headersView(r.headers)}<h4>Body</h4>${bodyView(r.body, r.headers)}</section>
        <section data-testid="response-side"><h3>Response</h3><p><span class="req-status ${statusClass(r.status)}">${esc(r.status)}</span></p><h4>Body</h4>${r.response ? `<pre>${esc(pretty(r.response))}</pre>` : '<p class="muted">No JSON body.</p>'}</section>
      </div>
    </div>`;
  }

  function render(list) {
    const { esc, fmt } = ui;
    const form = `<form class="req-filters" data-form="requests-filter">
        <label>Status <select name="status">${STATUS_CLASSES.map(([v, l]) => `<option value="${v}"${filters.status === v ? ' selected' : ''}>${l}</option>`).join('')}</select></label>
        <label>Path <input name="path" value="${esc(filters.path)}" placeholder="/Compliance/Usa2p" size="22" /></label>
        <label>Resource SID <input name="sid" value="${esc(filters.sid)}" placeholder="BN…, MG…" size="36" /></label>
        <button type="submit">Filter</button>
        ${filters.status || filters.path || filters.sid ? '<button type="button" class="subtle" data-req-action="clear">Clear filters</button>' : ''}
      </form>`;
    const open = shown !== null ? list.find((r) => r.seq === shown) : undefined;
    if (!list.length)
      return `${form}<p class="muted" data-testid="requests-empty">No requests${filters.status || filters.path || filters.sid ? ' match these filters' : ' yet: the API calls made with this account’s credentials show up here'}.</p>`;
    const rows = list
      .map(
        (r) => `<tr class="clickable${r.status >= 400 ? ' req-failed' : ''}${r.seq === shown ? ' selected' : ''}" data-req-action="show" data-seq="${r.seq}" data-testid="request-${r.seq}">
          <td>${esc(fmt(r.simulatedAt))}</td>
          <td><code>${esc(r.method)}</code></td>
          <td class="req-path">${esc(r.path)}${r.query ? `<span class="muted">?${esc(r.query)}</span>` : ''}</td>
          <td><span class="req-status ${statusClass(r.status)}">${esc(r.status)}</span></td>
          <td>${r.code !== null ? `<strong>${esc(r.code)}</strong>` : ''}</td>
          <td class="muted">${esc(r.ms)} ms</td>
        </tr>`,
      )
      .join('');
    return `${form}${open ? detail(open) : ''}<div class="group"><table data-testid="requests-table"><thead><tr><th>When (simulated)</th><th>Method</th><th>Path</th><th>Status</th><th>Error code</th><th>Took</th></tr></thead><tbody>${rows}</tbody></table></div>
      <p class="muted">The newest ${list.length} first. Click a request to see it beside its response. Credentials are never kept.</p>`;
  }

  // A resource page's "Requests that touched it" link: the filter is set before app.js switches to the tab.
  document.addEventListener(
    'click',
    (ev) => {
      const el = ev.target.closest('[data-req-sid]');
      if (!el) return;
      Object.assign(filters, { status: '', path: '', sid: el.dataset.reqSid, pending: true });
      shown = null;
    },
    true,
  );

  document.addEventListener('click', (ev) => {
    const el = ev.target.closest('[data-req-action]');
    if (!el || !ui) return;
    const action = el.dataset.reqAction;
    if (action === 'show') {
      const seq = Number(el.dataset.seq);
      shown = shown === seq ? null : seq;
      return ui.render();
    }
    if (action === 'close') {
      shown = null;
      return ui.render();
    }
    if (action === 'clear') {
      Object.assign(filters, { status: '', path: '', sid: '' });
      return ui.reload();
    }
  });

  document.addEventListener('submit', (ev) => {
    const form = ev.target;
    if (form.dataset?.form !== 'requests-filter' || !ui) return;
    ev.preventDefault();
    filters.status = form.elements.status.value;
    filters.path = form.elements.path.value.trim();
    filters.sid = form.elements.sid.value.trim();
    shown = null;
    document.activeElement?.blur();
    return ui.reload();
  });

  // A status class picked applies at once, like the clock speed select.
  document.addEventListener('change', (ev) => {
    const el = ev.target;
    if (el.name !== 'status' || !el.closest('[data-form="requests-filter"]')) return;
    el.form.requestSubmit();
  });

  window.A2pRequests = {
    connect(helpers) {
      ui = helpers;
    },
    load,
    render,
  };
})();

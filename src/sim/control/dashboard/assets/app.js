// The a2p-sim dashboard: a small vanilla app over the admin API (/_sim/admin). No build step, no
// network beyond the simulator itself, so it works offline. It polls while it is open (live updates).

const API = '/_sim/admin';
const POLL_MS = 1000;
const TOKEN_KEY = 'a2p-sim-admin-token';

const state = {
  accounts: [],
  selected: null,
  tab: 'resources',
  detail: null,
  tabData: null,
  resource: null, // { sid, table }
  resourceDetail: null,
  expanded: new Set(),
  search: null, // { q, results }
  stamps: new Map(),
  live: true,
  loaded: false,
  overview: null, // the home page's read model (overview.js)
  mainHtml: null, // what #main shows, so an unchanged page (and its charts) is left alone
};

// ---- helpers -------------------------------------------------------------------------------

function esc(v) {
  return String(v ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

async function api(path, opts = {}) {
  const headers = { ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}) };
  const t = token();
  if (t) headers['x-sim-admin-token'] = t;
  const res = await fetch(API + path, { method: opts.method ?? 'GET', headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) });
  if (res.status === 401) {
    askToken();
    throw new Error('The admin token is missing or wrong.');
  }
  const text = await res.text();
  const body = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Error(body?.message ?? `${res.status} ${res.statusText}`);
  return body;
}

/** "2026-01-03T14:00:00Z" → "2026-01-03 14:00:00 UTC" */
function fmt(iso) {
  if (!iso) return '—';
  return iso.replace('T', ' ').replace('Z', ' UTC');
}

function relative(ms, nowMs) {
  const d = ms - nowMs;
  const abs = Math.abs(d);
  const units = [
    [86400000, 'd'],
    [3600000, 'h'],
    [60000, 'min'],
    [1000, 's'],
  ];
  let text = 'now';
  for (const [size, unit] of units) {
    if (abs >= size) {
      text = `${Math.round(abs / size)} ${unit}`;
      break;
    }
  }
  if (text === 'now') return 'now';
  return d > 0 ? `in ${text}` : `${text} ago`;
}

const GOOD = /^(twilio-approved|approved|verified|successful|delivered|completed|active|success|vetted_verified|in-use|sent|received|read|answered|ok)$/i;
const BAD = /^(twilio-rejected|rejected|failed|failure|undelivered|busy|no-answer|canceled|released|expired|suspended|deletion_failed|vetting_failed|unverified)$/i;
const WAIT =
  /^(pending|pending-review|in-review|in_review|in_progress|in-progress|queued|sending|accepted|scheduled|ringing|initiated|provisionally-approved|pending_cancellation|cancelled_held|retrying|validating|initialized|unregistered|warning)$/i;

function badge(status, extra = '') {
  if (status === null || status === undefined || status === '') return '<span class="muted">—</span>';
  const s = String(status);
  const kind = GOOD.test(s) ? 'good' : BAD.test(s) ? 'bad' : WAIT.test(s) ? 'wait' : '';
  return `<span class="badge ${kind}" ${extra}>${esc(s)}</span>`;
}

function toast(message, isError = false) {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.className = isError ? 'toast error' : 'toast';
  el.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (el.hidden = true), isError ? 8000 : 4500);
}

function modal(html) {
  const el = document.getElementById('modal');
  el.innerHTML = `<div class="box" role="dialog" aria-modal="true">${html}</div>`;
  el.hidden = false;
  const first = el.querySelector('input, button');
  if (first) first.focus();
}

function closeModal() {
  const el = document.getElementById('modal');
  el.hidden = true;
  el.innerHTML = '';
}

function accountName(a) {
  return a.demo?.business ?? (a.tenantId ? `Tenant ${a.tenantId}` : a.friendlyName);
}

/** The first block of a UUID: enough to tell a Bird organization's workspaces apart from another's in the list. */
function shortId(id) {
  return String(id ?? '').split('-')[0];
}

function selectedSummary() {
  return state.accounts.find((a) => a.sid === state.selected) ?? null;
}

// ---- data ----------------------------------------------------------------------------------

async function loadAccounts() {
  const body = await api('/accounts');
  state.accounts = body.accounts;
  state.loaded = true;
  if (!state.selected && state.accounts.length) state.overview = await window.A2pOverview.load();
  if (state.selected && !state.accounts.some((a) => a.sid === state.selected)) {
    state.selected = null;
    state.detail = null;
    closeDrawer();
  }
}

async function loadAccount() {
  if (!state.selected) return;
  const sid = encodeURIComponent(state.selected);
  state.detail = await api(`/accounts/${sid}`);
  if (state.tab === 'timeline') state.tabData = (await api(`/accounts/${sid}/timeline`)).timeline;
  else if (state.tab === 'deliveries') state.tabData = (await api(`/accounts/${sid}/deliveries`)).deliveries;
  else if (state.tab === 'scheduled') state.tabData = (await api(`/accounts/${sid}/transitions`)).transitions;
  else if (state.tab === 'requests') state.tabData = await window.A2pRequests.load(state.selected);
  else state.tabData = null;
  if (state.resource) await loadResource();
}

async function loadResource() {
  if (!state.resource || !state.selected) return;
  const { sid, table } = state.resource;
  try {
    state.resourceDetail = await api(`/accounts/${encodeURIComponent(state.selected)}/resources/${encodeURIComponent(sid)}${table ? `?table=${encodeURIComponent(table)}` : ''}`);
  } catch (e) {
    state.resourceDetail = { error: e.message, sid };
  }
}

// ---- rendering -----------------------------------------------------------------------------

/** Parents in their order, each followed by its subaccounts (a subaccount whose parent is not listed stays where it is). */
function accountTree(accounts) {
  const listed = new Set(accounts.map((a) => a.sid));
  const children = new Map();
  for (const a of accounts) if (a.parentSid && listed.has(a.parentSid)) children.set(a.parentSid, [...(children.get(a.parentSid) ?? []), a]);
  return accounts.filter((a) => !(a.parentSid && listed.has(a.parentSid))).flatMap((a) => [a, ...(children.get(a.sid) ?? [])]);
}

function renderAccounts() {
  const nav = document.getElementById('accounts');
  if (!state.accounts.length) {
    nav.innerHTML = `<p class="hint" style="padding: 0 14px">No accounts yet.</p>`;
    return;
  }
  // Bird workspaces come after Twilio accounts and CloudFran tenants, those of one organization together.
  const isBird = (a) => a.provider === 'bird';
  const sorted = accountTree(
    [...state.accounts].sort(
      (a, b) =>
        isBird(a) - isBird(b) ||
        (a.demo?.role === 'isv') - (b.demo?.role === 'isv') ||
        (a.birdOrganizationId ?? '').localeCompare(b.birdOrganizationId ?? '') ||
        accountName(a).localeCompare(accountName(b)),
    ),
  );
  nav.innerHTML = sorted
    .map((a) => {
      const clock = a.clock.frozen ? 'frozen' : `running ×${a.clock.speed}`;
      const pending = a.counts.scheduled ? ` · ${a.counts.scheduled} scheduled` : '';
      const bird = a.provider === 'bird';
      const kind = a.parentSid
        ? `Subaccount${a.status === 'active' ? '' : ` (${a.status})`}`
        : bird
          ? `Bird workspace · organization ${shortId(a.birdOrganizationId)}`
          : a.tenantId
            ? 'CloudFran tenant'
            : 'Twilio account';
      // Where its onboarding is now (computed from its records by the admin API), not the story it was seeded with.
      const sub = a.demo?.role === 'isv' ? `ISV · ${a.stage}` : a.tenantId || a.parentSid || bird ? `${kind} · ${a.stage}` : a.stage;
      return `<button type="button" class="account-link${a.parentSid ? ' subaccount' : ''}${bird ? ' bird' : ''}${a.sid === state.selected ? ' selected' : ''}" data-action="select" data-sid="${esc(a.sid)}" data-testid="account-${esc(a.sid)}"${a.parentSid ? ` data-parent="${esc(a.parentSid)}"` : ''}${bird ? ` data-provider="bird" data-organization="${esc(a.birdOrganizationId)}"` : ''}>
        <span class="name">${esc(accountName(a))}</span>
        <span class="meta">${esc(sub)}</span>
        <span class="meta">${esc(fmt(a.clock.now))} · ${esc(clock)}${esc(pending)}</span>
      </button>`;
    })
    .join('');
}

function renderWelcome() {
  if (!state.loaded) return '<p class="muted">Loading…</p>';
  const intro = `<p>This simulator plays Twilio's A2P 10DLC onboarding (business profiles, brands, campaigns, phone numbers, messages) and CloudFran's API on top of it. Every account has its <strong>own simulated clock</strong>: reviews that take Twilio days happen when you move that clock.</p>`;
  if (!state.accounts.length) {
    return `<div class="empty" data-testid="empty-state"><h2>No accounts yet</h2>${intro}
      <p>Accounts appear when a client first calls the API with an Account SID and auth token (or a CloudFran tenant id), or when you add demo tenants: fake franchise businesses at every stage of onboarding.</p>
      <p><button type="button" class="primary" data-action="seed">Add 8 demo tenants</button></p></div>`;
  }
  return window.A2pOverview.render(state.overview);
}

function renderClock(d) {
  const c = d.clock;
  const stateText = c.frozen ? 'Frozen — time only moves when you advance it' : `Running — ${c.speed} simulated seconds per real second`;
  const speeds = [1, 60, 3600, 86400];
  const speedOptions = [...new Set([...speeds, c.speed])]
    .sort((a, b) => a - b)
    .map(
      (s) => `<option value="${s}"${s === c.speed ? ' selected' : ''}>×${s}${s === 1 ? ' (real time)' : s === 60 ? ' (1 min/s)' : s === 3600 ? ' (1 h/s)' : s === 86400 ? ' (1 day/s)' : ''}</option>`,
    )
    .join('');
  const next = d.nextAt
    ? `Next scheduled change: <strong>${esc(fmt(d.nextAt))}</strong> (${esc(relative(Date.parse(d.nextAt), c.nowMs))}). <button type="button" class="subtle" data-action="tab" data-tab="scheduled">See what is scheduled</button>`
    : 'Nothing is scheduled: every review and delivery of this account has settled.';
  return `<div class="clock" data-testid="clock">
    <div><div class="now" data-testid="clock-now">${esc(fmt(c.now))}</div><div class="state">${esc(stateText)}</div></div>
    <div class="controls">
      ${c.frozen ? '<button type="button" data-action="clock" data-op="resume">▶ Resume</button>' : '<button type="button" data-action="clock" data-op="freeze">❚❚ Freeze</button>'}
      <label>Speed <select data-action="speed" aria-label="Clock speed">${speedOptions}</select></label>
      <span class="muted">Advance:</span>
      <button type="button" data-action="advance" data-seconds="3600">+1 hour</button>
      <button type="button" data-action="advance" data-seconds="86400">+1 day</button>
      <button type="button" data-action="advance" data-seconds="604800">+1 week</button>
      <button type="button" data-action="advance" data-seconds="2592000">+30 days</button>
      <button type="button" class="primary" data-action="settle" title="Advance until nothing is scheduled (every review decided)">Advance until settled</button>
    </div>
    <div class="next">${next}</div>
  </div>`;
}

function renderAccount() {
  const d = state.detail;
  if (!d) return '<p class="muted">Loading…</p>';
  const sub = [
    d.demo?.city ? esc(d.demo.city) : null,
    d.tenantId ? `tenant <code>${esc(d.tenantId)}</code>` : null,
    d.birdWorkspaceId ? `Bird workspace <code>${esc(d.birdWorkspaceId)}</code> · organization <code>${esc(d.birdOrganizationId)}</code>` : null,
    d.bird ? `wallet ${esc((d.bird.wallet.amount / 1e6).toFixed(2))} ${esc(d.bird.wallet.currencyCode)}` : null,
    `account <code>${esc(d.sid)}</code>`,
    d.demo?.stage ? `seeded as “${esc(d.demo.stage)}”` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const resourcesCount = d.products.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.count, 0), 0);
  const tabs = [
    ['resources', 'Resources', resourcesCount],
    ['timeline', 'Timeline', d.counts.timeline],
    ['deliveries', 'Callbacks & webhooks', d.counts.deliveries],
    ['scheduled', 'Scheduled', d.counts.scheduled],
    ['requests', 'Requests', d.requests ?? ''],
  ]
    .map(
      ([id, label, n]) =>
        `<button type="button" role="tab" class="${state.tab === id ? 'active' : ''}" data-action="tab" data-tab="${id}" data-testid="tab-${id}">${label}<span class="count">${n}</span></button>`,
    )
    .join('');
  return `<div class="account-head">
      <h1 data-testid="account-title">${esc(accountName(d))}</h1>
      <div class="sub">${sub}</div>
      <div class="sub" style="margin-top:6px">
        <button type="button" class="subtle" data-action="credentials">Show API credentials</button>
        <button type="button" class="subtle danger" data-action="reset-account">Reset this account</button>
        <button type="button" class="subtle danger" data-action="delete-account">Delete this account</button>
      </div>
    </div>
    ${renderClock(d)}
    <div class="tabs" role="tablist">${tabs}</div>
    <div id="tab-body">${renderTab()}</div>`;
}

function renderTab() {
  if (state.tab === 'resources') return renderResources();
  if (state.tabData === null) return '<p class="muted">Loading…</p>';
  if (state.tab === 'timeline') return renderTimeline(state.tabData);
  if (state.tab === 'deliveries') return renderDeliveries(state.tabData);
  if (state.tab === 'requests') return window.A2pRequests.render(state.tabData);
  return renderScheduled(state.tabData);
}

function outcomeButtons(item, group) {
  if (!group.outcomes.length) return '';
  const pending = item.overrides.length ? `<span class="badge forced" title="The next decision is forced">next: ${esc(item.overrides[0].outcome)}</span> ` : '';
  return `${pending}${group.outcomes
    .map(
      (o) =>
        `<button type="button" class="force" data-action="force" data-sid="${esc(item.sid)}" data-table="${esc(group.table)}" data-outcome="${esc(o)}" title="Force the next review decision of this resource to ${esc(o)}">Force ${esc(o)}</button>`,
    )
    .join('')}`;
}

function renderResources() {
  const d = state.detail;
  if (!d.products.length)
    return `<div class="empty">This account has no resources yet. Create some through the Twilio API (or the CloudFran or Bird API) and they appear here, grouped by product.</div>`;
  return d.products
    .map(
      (p) => `<section class="product" data-testid="product-${esc(p.product)}"><h3>${esc(p.title)}</h3>
      ${p.groups
        .map(
          (g) => `<div class="group" data-testid="group-${esc(g.table)}">
          <h4><span>${esc(g.name)} <span class="count">${g.count}</span></span>${g.outcomes.length ? '<span class="outcomes-hint">“Force” decides the next review of a resource</span>' : ''}</h4>
          <table><thead><tr><th>Name</th><th>SID</th><th>Status</th><th>Updated (simulated)</th><th></th></tr></thead><tbody>
          ${g.items
            .map(
              // A virtual group (a Bird workspace's numbers, channels…) has no table: its rows open by id.
              (it) => `<tr class="clickable" data-action="open" data-sid="${esc(it.sid)}" data-table="${esc(g.virtual ? '' : g.table)}" data-testid="row-${esc(it.sid)}">
              <td>${esc(it.label)}</td><td><code>${esc(it.sid)}</code></td><td data-testid="status-${esc(it.sid)}">${badge(it.status)}</td>
              <td class="muted">${esc(fmt(it.dateUpdated))}</td><td class="actions">${outcomeButtons(it, g)}</td></tr>`,
            )
            .join('')}
          </tbody></table></div>`,
        )
        .join('')}</section>`,
    )
    .join('');
}

function renderTimeline(entries) {
  if (!entries.length) return '<div class="empty">No status changes yet. Every move of a resource (submitted, in review, approved…) is listed here in simulated time.</div>';
  return `${window.A2pGantt.html(entries)}<div class="group"><table><thead><tr><th>When (simulated)</th><th>Resource</th><th>Change</th><th>Note</th></tr></thead><tbody>
    ${entries
      .map(
        (e) => `<tr class="clickable" data-action="open" data-sid="${esc(e.sid)}" data-table="${esc(e.table)}">
        <td class="muted">${esc(fmt(e.at))}</td><td>${esc(e.name)} <strong>${esc(e.label)}</strong><br><code>${esc(e.sid)}</code></td>
        <td>${e.from ? badge(e.from) : '<span class="muted">created</span>'}<span class="arrow">→</span>${badge(e.to)}${e.field !== 'status' ? ` <span class="muted">(${esc(e.field)})</span>` : ''}</td>
        <td class="muted">${esc(e.note ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table></div>`;
}

function renderDeliveryDetail(d) {
  const sig = d.signature
    ? `<p>Signature header <code>${esc(d.signature.header)}</code>: ${d.signature.valid ? '<span class="sig-ok">✓ verifies</span>' : '<span class="sig-bad">✗ does not verify</span>'} <span class="muted">(${esc(d.signature.scheme)})</span></p>`
    : '<p class="muted">This delivery carries no signature.</p>';
  const headers = Object.entries(d.headers)
    .map(([k, v]) => `<span class="k">${esc(k)}</span><span class="v">${esc(v)}</span>`)
    .join('');
  const attempts = d.attempts.length
    ? `<table><thead><tr><th>#</th><th>When (simulated)</th><th>Response</th><th>Time taken</th><th>Response body</th></tr></thead><tbody>${d.attempts
        .map(
          (a, i) =>
            `<tr><td>${i + 1}</td><td>${esc(fmt(a.at))}</td><td>${a.status !== null ? badge(String(a.status), 'data-kind="http"') : `<span class="sig-bad">${esc(a.error ?? 'failed')}</span>`}</td><td>${a.durationMs} ms</td><td><code>${esc((a.responseBody ?? '').slice(0, 200))}</code></td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="muted">Not attempted yet.</p>';
  return `<div data-testid="delivery-detail-${esc(d.id)}">
    <p><strong>${esc(d.method)}</strong> <code>${esc(d.url)}</code></p>
    ${sig}
    <h4>Headers</h4><div class="kv">${headers}</div>
    <h4>Payload</h4><pre>${esc(typeof d.payload === 'string' ? d.payload : JSON.stringify(d.payload, null, 2))}</pre>
    <h4>Attempts</h4>${attempts}
    ${d.nextAttemptAt ? `<p class="muted">Next attempt at ${esc(fmt(d.nextAttemptAt))} (simulated; advance the clock to retry).</p>` : ''}
  </div>`;
}

function renderDeliveries(list) {
  if (!list.length)
    return '<div class="empty">No callbacks, events or webhooks yet. They appear here when a resource with a StatusCallback, an Event Streams sink or a CloudFran webhook changes status.</div>';
  return `<div class="group"><table><thead><tr><th>Created (simulated)</th><th>Kind</th><th>Event</th><th>About</th><th>State</th><th>Last response</th><th>Attempts</th></tr></thead><tbody>
    ${list
      .map((d) => {
        const open = state.expanded.has(d.id);
        const row = `<tr class="clickable delivery-row" data-action="expand" data-id="${esc(d.id)}" data-testid="delivery-${esc(d.id)}" aria-expanded="${open}">
          <td class="muted">${esc(fmt(d.createdAt))}</td><td>${esc(d.channel)}</td><td><strong>${esc(d.event)}</strong></td>
          <td><code>${esc(d.resourceSid ?? '')}</code></td><td>${badge(d.state)}</td>
          <td>${d.lastStatus !== null ? esc(d.lastStatus) : d.lastError ? `<span class="sig-bad">${esc(d.lastError)}</span>` : '—'}</td><td>${d.attempts.length}</td></tr>`;
        return open ? `${row}<tr class="delivery-detail"><td colspan="7">${renderDeliveryDetail(d)}</td></tr>` : row;
      })
      .join('')}</tbody></table></div><p class="muted">Click a row to see its payload, headers (with the signature) and every attempt.</p>`;
}

function renderScheduled(list) {
  const now = state.detail.clock.nowMs;
  if (!list.length) return '<div class="empty">Nothing is scheduled. Reviews, deliveries and retries that are waiting on the clock are listed here.</div>';
  return `<div class="group"><table><thead><tr><th>When (simulated)</th><th></th><th>What happens</th></tr></thead><tbody>
    ${list
      .map(
        (t) => `<tr${t.sid ? ` class="clickable" data-action="open" data-sid="${esc(t.sid)}"${t.table ? ` data-table="${esc(t.table)}"` : ''}` : ''}>
        <td>${esc(fmt(t.at))}</td><td class="muted">${esc(relative(t.atMs, now))}${t.background ? ' · background' : ''}</td><td>${esc(t.what)}</td></tr>`,
      )
      .join('')}</tbody></table></div>
    <p class="muted">“Advance until settled” runs everything above except background jobs (billing cycles, expiries).</p>`;
}

function renderDrawer() {
  const drawer = document.getElementById('drawer');
  const layout = document.querySelector('.layout');
  if (!state.resource) {
    drawer.hidden = true;
    layout.classList.remove('with-drawer');
    return;
  }
  // Do not replace a form the user is typing in.
  if (drawer.contains(document.activeElement) && document.activeElement.tagName === 'INPUT') return;
  drawer.hidden = false;
  layout.classList.add('with-drawer');
  const r = state.resourceDetail;
  if (!r) {
    drawer.innerHTML = '<p class="muted">Loading…</p>';
    return;
  }
  if (r.error) {
    drawer.innerHTML = `<button type="button" class="close" data-action="close-drawer">✕ Close</button><h2>${esc(r.sid)}</h2><p class="sig-bad">${esc(r.error)}</p>`;
    return;
  }
  const force = r.outcomes.length
    ? `<div class="force-form" data-testid="force-form">
        <strong>Force the next decision</strong>
        <p class="muted" style="margin:4px 0">The next time this ${esc(r.name)} is reviewed, the decision will be the one you pick. Then advance the clock to see it happen.</p>
        ${r.overrides.length ? `<p>Queued: ${r.overrides.map((o) => `${badge(o.outcome, 'data-forced="1"')}${o.reason ? ` <span class="muted">${esc(o.reason)}</span>` : ''}`).join(', ')} <button type="button" class="subtle" data-action="clear-overrides" data-sid="${esc(r.sid)}">Clear</button></p>` : ''}
        <div class="row"><input id="force-reason" placeholder="Reason shown in the error (optional)" aria-label="Reason" /></div>
        <div class="row">${r.outcomes.map((o) => `<button type="button" data-action="force" data-sid="${esc(r.sid)}" data-table="${esc(r.table)}" data-outcome="${esc(o)}" data-with-reason="1">Force ${esc(o)}</button>`).join('')}</div>
      </div>`
    : '<p class="muted">Nothing decides this resource’s outcome, so it cannot be forced.</p>';
  const refs = r.references.length
    ? `<ul class="plain">${r.references.map((x) => `<li><span class="muted">${esc(x.field)}</span> → ${esc(x.name)} <button type="button" class="sidlink" data-action="open" data-sid="${esc(x.sid)}">${esc(x.sid)}</button> ${esc(x.label)}</li>`).join('')}</ul>`
    : '<p class="muted">None.</p>';
  const by = r.referencedBy.length
    ? `<ul class="plain">${r.referencedBy.map((x) => `<li>${esc(x.name)} <button type="button" class="sidlink" data-action="open" data-sid="${esc(x.sid)}" data-table="${esc(x.table)}">${esc(x.sid)}</button> ${esc(x.label)} ${badge(x.status)}</li>`).join('')}</ul>`
    : '<p class="muted">None.</p>';
  const history = r.timeline.length
    ? `<ul class="plain">${r.timeline.map((e) => `<li><span class="muted">${esc(fmt(e.at))}</span><br>${e.from ? badge(e.from) : '<span class="muted">created</span>'}<span class="arrow">→</span>${badge(e.to)} ${e.note ? `<span class="muted">${esc(e.note)}</span>` : ''}</li>`).join('')}</ul>`
    : '<p class="muted">No status changes yet.</p>';
  const scheduled = r.scheduled.length
    ? `<ul class="plain">${r.scheduled.map((t) => `<li><span class="muted">${esc(fmt(t.at))}</span> ${esc(t.what)}</li>`).join('')}</ul>`
    : '<p class="muted">Nothing scheduled.</p>';
  const deliveries = r.deliveries.length
    ? `<ul class="plain">${r.deliveries.map((d) => `<li><span class="muted">${esc(fmt(d.createdAt))}</span> ${esc(d.channel)} <strong>${esc(d.event)}</strong> ${badge(d.state)} ${d.lastStatus ?? ''}</li>`).join('')}</ul><p><button type="button" class="subtle" data-action="tab" data-tab="deliveries">Open the delivery log</button></p>`
    : '<p class="muted">None.</p>';
  drawer.innerHTML = `<button type="button" class="close" data-action="close-drawer">✕ Close</button>
    <div class="muted">${esc(r.productTitle)}</div>
    <h2 data-testid="drawer-title">${esc(r.name)}: ${esc(r.label)}</h2>
    <p><code>${esc(r.sid)}</code> ${badge(r.status, 'data-testid="drawer-status"')}</p>
    ${force}
    <h3>History</h3>${history}
    <h3>Scheduled</h3>${scheduled}
    <h3>Callbacks & webhooks about it</h3>${deliveries}
    <h3>Links to</h3>${refs}
    <h3>Linked from</h3>${by}
    <h3>API requests</h3><p><button type="button" class="subtle" data-action="tab" data-tab="requests" data-req-sid="${esc(r.sid)}" data-testid="requests-for-resource">Requests that touched it</button></p>
    <h3>As the API returns it</h3><pre data-testid="wire">${esc(JSON.stringify(r.wire ?? r.record, null, 2))}</pre>`;
}

function renderSearch() {
  if (!state.search) return '';
  const { q, results } = state.search;
  const body = results.length
    ? `<table><thead><tr><th>Account</th><th>What</th><th>SID</th><th>Status</th><th>Matched on</th></tr></thead><tbody>${results
        .map(
          (
            r,
          ) => `<tr class="clickable" data-action="goto" data-account="${esc(r.accountSid)}" data-sid="${esc(r.kind === 'resource' ? r.sid : '')}" data-table="${esc(r.table ?? '')}" data-kind="${esc(r.kind)}">
          <td>${esc(r.account)}</td><td>${esc(r.name)} <strong>${esc(r.label)}</strong></td><td><code>${esc(r.sid)}</code></td><td>${badge(r.status)}</td><td class="muted">${esc(r.match)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p style="padding: 0 12px" class="muted">Nothing matches “${esc(q)}”. Try a full SID (BN…, PN…, AC…), a phone number (digits are enough) or part of a business name.</p>`;
  return `<div class="search-results" data-testid="search-results"><h2><span>Search results for “${esc(q)}”</span><button type="button" class="subtle" data-action="close-search">✕ Close</button></h2>${body}</div>`;
}

function render() {
  renderAccounts();
  const main = document.getElementById('main');
  // Keep an expanded form or text the user is selecting intact: only re-render when nothing there has focus.
  if (!(main.contains(document.activeElement) && ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName))) {
    const html = renderSearch() + (state.selected ? renderAccount() : renderWelcome());
    // Unchanged: leave the page (and its charts) as it is rather than redraw it every second.
    if (html !== state.mainHtml || !main.firstChild) {
      window.A2pOverview.destroyCharts(main);
      main.innerHTML = html;
      state.mainHtml = html;
      if (!state.selected) window.A2pOverview.draw(state.overview);
      else if (state.tab === 'timeline' && Array.isArray(state.tabData) && state.detail) window.A2pGantt.draw(state.tabData, state.detail.clock.nowMs);
    }
  }
  renderDrawer();
}

// ---- actions -------------------------------------------------------------------------------

async function refresh({ force = false } = {}) {
  await loadAccounts();
  const summary = selectedSummary();
  if (summary && (force || state.stamps.get(summary.sid) !== summary.stamp)) {
    await loadAccount();
    state.stamps.set(summary.sid, summary.stamp);
  }
  render();
}

async function select(sid) {
  state.selected = sid;
  state.tab = 'resources';
  state.tabData = null;
  state.resource = null;
  state.resourceDetail = null;
  state.expanded.clear();
  history.replaceState(null, '', `#account=${encodeURIComponent(sid)}`);
  await refresh({ force: true });
}

async function openResource(sid, table) {
  state.resource = { sid, table: table || null };
  state.resourceDetail = null;
  renderDrawer();
  await loadResource();
  renderDrawer();
}

function closeDrawer() {
  state.resource = null;
  state.resourceDetail = null;
}

async function act(fn, success) {
  try {
    const result = await fn();
    if (success) toast(typeof success === 'function' ? success(result) : success);
    await refresh({ force: true });
  } catch (e) {
    toast(e.message, true);
  }
}

function askToken() {
  if (document.getElementById('token-input')) return;
  modal(`<h2>Admin token</h2><p>This simulator was started with an admin token. Enter it to use the dashboard (it is kept for this browser tab only).</p>
    <form data-form="token"><input id="token-input" type="password" style="width:100%" autocomplete="off" /><div class="buttons"><button type="submit" class="primary">Open the dashboard</button></div></form>`);
}

function showHelp() {
  modal(`<h2>What am I looking at?</h2>
    <p><strong>Accounts</strong> (left): each is one simulated Twilio account. A CloudFran tenant gets its own account; demo tenants are fake franchise businesses at different stages of A2P 10DLC onboarding.</p>
    <p><strong>Resources</strong>: what the account has created, grouped by product — business profiles (TrustHub), brands and campaigns (Messaging), phone numbers, messages and calls — each with its current status.</p>
    <p><strong>The clock</strong>: reviews take Twilio hours or days. Here every account has its own simulated clock. A frozen clock only moves when you press an “Advance” button; “Advance until settled” runs it until every pending review has been decided. Resume lets it run by itself at the chosen speed.</p>
    <p><strong>Force</strong>: decides the next review of a resource (approve, reject, fail…) instead of the simulator's own rules. Force, then advance the clock.</p>
    <p><strong>Timeline</strong>: every status change, in simulated time. <strong>Callbacks &amp; webhooks</strong>: every request the simulator sent out (Twilio status callbacks, Event Streams events, CloudFran webhooks), with payload, headers, signature and the response it got.</p>
    <p><strong>Search</strong>: a SID (BN…, QE…, PN…, SM…, AC…), a phone number or part of a name, across all accounts.</p>
    <div class="buttons"><button type="button" class="primary" data-action="close-modal">Got it</button></div>`);
}

function confirmBox(title, text, action, label) {
  modal(
    `<h2>${esc(title)}</h2><p>${text}</p><div class="buttons"><button type="button" data-action="close-modal">Cancel</button><button type="button" class="primary" data-action="${esc(action)}" data-confirmed="1">${esc(label)}</button></div>`,
  );
}

document.addEventListener('click', async (ev) => {
  const el = ev.target.closest('[data-action]');
  if (!el) return;
  const action = el.dataset.action;
  const acct = () => `/accounts/${encodeURIComponent(state.selected)}`;
  switch (action) {
    case 'select':
      return select(el.dataset.sid);
    case 'tab':
      state.tab = el.dataset.tab;
      state.tabData = null;
      render();
      return act(() => loadAccount());
    case 'open':
      ev.stopPropagation();
      return openResource(el.dataset.sid, el.dataset.table);
    case 'close-drawer':
      closeDrawer();
      return render();
    case 'expand': {
      const id = el.dataset.id;
      if (state.expanded.has(id)) state.expanded.delete(id);
      else state.expanded.add(id);
      return render();
    }
    case 'clock':
      return act(() => api(`${acct()}/clock/${el.dataset.op}`, { method: 'POST', body: {} }), el.dataset.op === 'freeze' ? 'Clock frozen.' : 'Clock running.');
    case 'advance': {
      const seconds = Number(el.dataset.seconds);
      return act(
        () => api(`${acct()}/clock/advance`, { method: 'POST', body: { seconds } }),
        (r) => `Advanced ${el.textContent.replace('+', '')}: ${r.fired} scheduled change${r.fired === 1 ? '' : 's'} happened.`,
      );
    }
    case 'settle':
      return act(
        () => api(`${acct()}/clock/advance`, { method: 'POST', body: { until: 'settled' } }),
        (r) => `Settled: ${r.fired} scheduled change${r.fired === 1 ? '' : 's'} happened; the clock is now ${fmt(r.clock.now)}.`,
      );
    case 'force': {
      ev.stopPropagation();
      const reasonInput = el.dataset.withReason ? document.getElementById('force-reason') : null;
      const reason = reasonInput?.value.trim();
      if (reasonInput) reasonInput.blur();
      return act(
        () => api(`${acct()}/overrides`, { method: 'POST', body: { sid: el.dataset.sid, outcome: el.dataset.outcome, ...(reason ? { reason } : {}) } }),
        `The next decision on ${el.dataset.sid} will be ${el.dataset.outcome}. Advance the clock to see it happen.`,
      );
    }
    case 'clear-overrides':
      return act(() => api(`${acct()}/overrides/${encodeURIComponent(el.dataset.sid)}`, { method: 'DELETE' }), 'Forced outcomes cleared.');
    case 'credentials': {
      const d = state.detail;
      if (d.birdWorkspaceId) {
        return modal(`<h2>API credentials</h2><p>A Bird workspace is reached with its organization's access key (<code>Authorization: AccessKey &lt;key&gt;</code>) under <code>/bird</code>; the simulator keeps only a hash of the key, so it cannot be shown. The control plane addresses this workspace with the same key and <code>X-Bird-Workspace-Id</code>.</p>
          <div class="kv"><span class="k">Workspace id</span><span class="v">${esc(d.birdWorkspaceId)}</span><span class="k">Organization id</span><span class="v">${esc(d.birdOrganizationId)}</span><span class="k">Account SID (simulator)</span><span class="v">${esc(d.sid)}</span></div>
          <div class="buttons"><button type="button" class="primary" data-action="close-modal">Close</button></div>`);
      }
      return modal(`<h2>API credentials</h2><p>Point the Twilio SDK (or curl) at this simulator with these; every request is served by this account.</p>
        <div class="kv"><span class="k">Account SID</span><span class="v">${esc(d.sid)}</span><span class="k">Auth token</span><span class="v">${esc(d.authToken)}</span>${d.tenantId ? `<span class="k">X-Tenant-Id</span><span class="v">${esc(d.tenantId)}</span>` : ''}</div>
        <div class="buttons"><button type="button" class="primary" data-action="close-modal">Close</button></div>`);
    }
    case 'reset-account':
      if (!el.dataset.confirmed)
        return confirmBox('Reset this account?', 'Every resource, scheduled change and delivery of this account is dropped; the account keeps its SID and token.', 'reset-account', 'Reset');
      closeModal();
      return act(() => api(`${acct()}/reset`, { method: 'POST', body: {} }), 'Account reset.');
    case 'delete-account':
      if (!el.dataset.confirmed) return confirmBox('Delete this account?', 'The account and everything in it are removed (its phone numbers go back on sale).', 'delete-account', 'Delete');
      closeModal();
      await act(() => api(acct(), { method: 'DELETE' }), 'Account deleted.');
      state.selected = null;
      return render();
    case 'reset-all':
      if (!el.dataset.confirmed) return confirmBox('Reset everything?', 'Every account of this simulator and all shared state are removed.', 'reset-all', 'Reset everything');
      closeModal();
      state.selected = null;
      closeDrawer();
      return act(() => api('/reset', { method: 'POST', body: {} }), 'Everything was reset.');
    case 'seed':
      if (!el.dataset.confirmed) {
        return modal(`<h2>Add demo tenants</h2><p>Creates fake franchise businesses through the simulator's own APIs, each at a different stage of A2P 10DLC onboarding (draft profile, rejected profile, pending and failed brands, campaigns in review, live numbers with messages and calls). The same seed always gives the same tenants.</p>
          <form data-form="seed"><label>How many <input name="tenants" type="number" min="1" max="50" value="8" style="width:80px" /></label>
          <label style="margin-left:12px">Seed <input name="seed" value="demo" style="width:140px" /></label>
          <div class="buttons"><button type="button" data-action="close-modal">Cancel</button><button type="submit" class="primary">Add tenants</button></div></form>`);
      }
      return;
    case 'goto': {
      const sid = el.dataset.sid;
      const table = el.dataset.table;
      state.search = null;
      await select(el.dataset.account);
      if (sid) await openResource(sid, table);
      return;
    }
    case 'close-search':
      state.search = null;
      return render();
    case 'help':
      return showHelp();
    case 'close-modal':
      return closeModal();
  }
});

document.addEventListener('change', (ev) => {
  const el = ev.target.closest('[data-action="speed"]');
  if (!el || !state.selected) return;
  const speed = Number(el.value);
  el.blur();
  void act(() => api(`/accounts/${encodeURIComponent(state.selected)}/clock/speed`, { method: 'POST', body: { speed } }), `Clock speed ×${speed}.`);
});

document.addEventListener('submit', async (ev) => {
  const form = ev.target;
  ev.preventDefault();
  if (form.id === 'search-form') {
    const q = form.elements.q.value.trim();
    if (!q) {
      state.search = null;
      return render();
    }
    try {
      const body = await api(`/search?q=${encodeURIComponent(q)}`);
      state.search = { q, results: body.results };
      form.elements.q.blur();
      render();
      document.getElementById('main').scrollTop = 0;
    } catch (e) {
      toast(e.message, true);
    }
    return;
  }
  if (form.dataset.form === 'token') {
    sessionStorage.setItem(TOKEN_KEY, form.querySelector('input').value);
    closeModal();
    return refresh({ force: true }).catch((e) => toast(e.message, true));
  }
  if (form.dataset.form === 'seed') {
    const tenants = Number(form.elements.tenants.value);
    const seed = form.elements.seed.value.trim() || 'demo';
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    button.textContent = 'Seeding… (a few seconds)';
    await act(
      () => api('/seed', { method: 'POST', body: { tenants, seed, baseUrl: location.origin } }),
      (r) => `${r.tenants.filter((t) => !t.skipped).length} demo tenant(s) added.`,
    );
    closeModal();
  }
});

// ---- start ---------------------------------------------------------------------------------

async function poll() {
  try {
    await refresh();
    document.getElementById('live').className = 'live';
  } catch (e) {
    document.getElementById('live').className = 'live off';
    if (!/admin token/.test(e.message)) console.warn(e);
  }
  setTimeout(poll, POLL_MS);
}

const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get('token')) {
  sessionStorage.setItem(TOKEN_KEY, hash.get('token'));
  history.replaceState(null, '', location.pathname);
}
if (hash.get('account')) state.selected = hash.get('account');
// The Requests tab lives in requests.js; it loads through the same admin API and re-renders through app.js.
window.A2pRequests.connect({ api, esc, fmt, render, reload: () => act(async () => {}) });
window.A2pOverview.connect({ api, esc, fmt });
render();
void poll();

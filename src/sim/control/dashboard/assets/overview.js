// The dashboard's charts: the home page's onboarding overview (GET /_sim/admin/overview, built in
// control/overview.ts); gantt.js draws an account's timeline with its helpers. Drawn with Chart.js (MIT), served
// by the simulator itself from the installed package (/_sim/ui/vendor/chart.umd.min.js), so it works
// offline. A classic script loaded before app.js, which hands it its helpers with `connect`.
(() => {
  /** Set by app.js: api(path), esc, fmt. */
  let ui = null;
  const COLORS = { approved: '#1f9d55', failed: '#d64545', pending: '#d9a21b', blue: '#3366cc', grey: '#9aa5b1' };
  const GOOD = /^(twilio-approved|approved|verified|successful|delivered|completed|active|success|vetted_verified|sent)$/i;
  const BAD = /^(twilio-rejected|rejected|failed|failure|undelivered|canceled|released|expired|suspended|deletion_failed|vetting_failed)$/i;

  /** Charts live on canvases that app.js replaces when it re-renders: the old ones are destroyed first. */
  function destroyCharts(root) {
    if (!window.Chart) return;
    for (const canvas of root.querySelectorAll('canvas')) window.Chart.getChart(canvas)?.destroy();
  }

  function chart(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas || !window.Chart) return;
    window.Chart.getChart(canvas)?.destroy();
    // No animation: the page re-renders when data changes, and tests read the charts at once.
    new window.Chart(canvas, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } });
  }

  function stateColor(state) {
    return GOOD.test(state) ? COLORS.approved : BAD.test(state) ? COLORS.failed : COLORS.pending;
  }

  function dollars(cents) {
    return `$${(cents / 100).toFixed(2)}`;
  }

  function render(o) {
    const esc = ui.esc;
    if (!o) return '<p class="muted">Loading the overview…</p>';
    const funnel = o.funnel
      .map(
        (s) =>
          `<tr data-testid="funnel-${esc(s.stage)}"><td>${esc(s.stage)}</td><td class="num">${s.total}</td><td class="num good">${s.approved}</td><td class="num wait">${s.pending}</td><td class="num bad">${s.failed}</td></tr>`,
      )
      .join('');
    const reasons = o.failureReasons.length
      ? `<table><thead><tr><th>Stage</th><th>Reason</th><th class="num">Count</th></tr></thead><tbody>${o.failureReasons
          .slice(0, 12)
          .map((r) => `<tr><td>${esc(r.stage)}</td><td>${esc(r.reason)}</td><td class="num">${r.count}</td></tr>`)
          .join('')}</tbody></table>`
      : '<p class="muted">No failures.</p>';
    const failures = o.failures.length
      ? `<table><thead><tr><th>Stage</th><th>Account</th><th>SID</th></tr></thead><tbody>${o.failures
          .slice(0, 12)
          .map(
            (f) =>
              `<tr class="clickable" data-action="goto" data-account="${esc(f.accountSid)}" data-sid="${esc(f.sid)}" data-table="" data-kind="resource"><td>${esc(f.stage)}</td><td>${esc(f.account)}</td><td><code>${esc(f.sid)}</code></td></tr>`,
          )
          .join('')}</tbody></table>`
      : '';
    const cf = o.cloudfran.tenants
      ? `<div class="card"><h3>CloudFran revenue by month</h3><div class="chart-box"><canvas id="chart-revenue" data-testid="chart-revenue"></canvas></div></div>
         <div class="card"><h3>CloudFran numbers by status</h3><div class="chart-box"><canvas id="chart-numbers" data-testid="chart-numbers"></canvas></div></div>`
      : '';
    return `<div class="overview" data-testid="overview">
      <h1>Onboarding overview</h1>
      <p class="muted">${o.accounts} account${o.accounts === 1 ? '' : 's'}${o.cloudfran.tenants ? `, ${o.cloudfran.tenants} CloudFran tenant${o.cloudfran.tenants === 1 ? '' : 's'}` : ''}. Pick an account on the left to see its resources, timeline and requests.</p>
      <div class="cards">
        <div class="card wide"><h3>Funnel: where every registration stands</h3><div class="chart-box"><canvas id="chart-funnel" data-testid="chart-funnel"></canvas></div>
          <table class="funnel"><thead><tr><th>Stage</th><th class="num">Total</th><th class="num">Approved</th><th class="num">Pending</th><th class="num">Failed</th></tr></thead><tbody>${funnel}</tbody></table></div>
        <div class="card"><h3>Why registrations failed</h3>${reasons}${failures}</div>
        <div class="card"><h3>Time to approval (simulated)</h3><div class="chart-box"><canvas id="chart-approval" data-testid="chart-approval"></canvas></div></div>
        ${cf}
      </div></div>`;
  }

  function draw(o) {
    if (!o) return;
    const stages = o.funnel.map((s) => s.stage);
    chart('chart-funnel', {
      type: 'bar',
      data: {
        labels: stages,
        datasets: [
          { label: 'Approved', data: o.funnel.map((s) => s.approved), backgroundColor: COLORS.approved },
          { label: 'Pending', data: o.funnel.map((s) => s.pending), backgroundColor: COLORS.pending },
          { label: 'Failed', data: o.funnel.map((s) => s.failed), backgroundColor: COLORS.failed },
        ],
      },
      options: { indexAxis: 'y', scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } } },
    });
    chart('chart-approval', {
      type: 'bar',
      data: {
        labels: o.timeToApproval.buckets,
        datasets: [
          { label: 'Brands', data: o.timeToApproval.brands, backgroundColor: COLORS.blue },
          { label: 'Campaigns', data: o.timeToApproval.campaigns, backgroundColor: COLORS.approved },
        ],
      },
      options: { scales: { y: { ticks: { precision: 0 } } } },
    });
    if (o.cloudfran.tenants) {
      chart('chart-revenue', {
        type: 'bar',
        data: { labels: o.cloudfran.revenueByMonth.map((m) => m.month), datasets: [{ label: 'Revenue', data: o.cloudfran.revenueByMonth.map((m) => m.cents / 100), backgroundColor: COLORS.blue }] },
        options: { plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => dollars(c.parsed.y * 100) } } } },
      });
      const statuses = Object.keys(o.cloudfran.numbersByStatus);
      chart('chart-numbers', {
        type: 'doughnut',
        data: {
          labels: statuses,
          datasets: [{ data: statuses.map((s) => o.cloudfran.numbersByStatus[s]), backgroundColor: statuses.map(stateColor) }],
        },
      });
    }
  }

  window.A2pOverview = {
    connect(helpers) {
      ui = helpers;
    },
    load: async () => ui.api('/overview'),
    render,
    draw,
    destroyCharts,
    // Shared with gantt.js, which draws with the same colours.
    chart,
    stateColor,
  };
})();

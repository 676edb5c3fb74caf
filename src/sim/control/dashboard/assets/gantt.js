// The timeline tab's Gantt chart: each resource of the account a row, each state it was in a bar over
// simulated time (Chart.js floating bars, `indexAxis: 'y'`, data [start, end]). A classic script loaded
// after overview.js, whose chart and colour helpers it shares, and before app.js, which calls `html`
// when it renders the tab and `draw` once the canvas is in the page.
(() => {
  // As app.js shows simulated times elsewhere.
  function fmt(iso) {
    return iso.replace('T', ' ').replace('Z', ' UTC');
  }

  /**
   * The timeline as bars: each resource a row, each state a bar from the time it was entered to the
   * next change (the last one to the account's now). `entries` are newest first, as the tab lists them.
   */
  function ganttRows(entries, nowMs) {
    const byResource = new Map();
    for (const e of [...entries].reverse()) {
      const key = e.sid;
      if (!byResource.has(key)) byResource.set(key, { label: `${e.name} ${e.label}`, changes: [] });
      byResource.get(key).changes.push(e);
    }
    const bars = [];
    for (const { label, changes } of byResource.values()) {
      changes.forEach((e, i) => {
        const end = i + 1 < changes.length ? changes[i + 1].atMs : Math.max(nowMs, e.atMs);
        bars.push({ y: label, x: [e.atMs, end === e.atMs ? end + 1 : end], state: e.to, sid: e.sid });
      });
    }
    return { labels: [...byResource.values()].map((r) => r.label), bars };
  }

  function html(entries) {
    if (!entries.length) return '';
    const rows = new Set(entries.map((e) => e.sid)).size;
    return `<div class="card gantt"><h3>States over simulated time</h3><div class="chart-box" style="height:${Math.max(140, 34 * rows + 60)}px"><canvas id="chart-gantt" data-testid="chart-gantt"></canvas></div></div>`;
  }

  function draw(entries, nowMs) {
    if (!entries.length) return;
    const { labels, bars } = ganttRows(entries, nowMs);
    window.A2pOverview.chart('chart-gantt', {
      type: 'bar',
      data: {
        labels,
        datasets: [
          {
            label: 'state',
            data: bars,
            backgroundColor: bars.map((b) => window.A2pOverview.stateColor(b.state)),
            borderSkipped: false,
            barPercentage: 0.7,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        parsing: { xAxisKey: 'x', yAxisKey: 'y' },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (c) => `${c.raw.state}: ${fmt(new Date(c.raw.x[0]).toISOString())} → ${fmt(new Date(c.raw.x[1]).toISOString())}` } },
        },
        scales: { x: { type: 'linear', min: Math.min(...bars.map((b) => b.x[0])), ticks: { maxTicksLimit: 6, callback: (v) => new Date(v).toISOString().slice(5, 16).replace('T', ' ') } } },
      },
    });
  }

  window.A2pGantt = { html, draw };
})();

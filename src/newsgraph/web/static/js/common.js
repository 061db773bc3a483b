/* Shared by the pages' scripts: the page's embedded data, colours, legends. */
"use strict";
window.newsgraph = (function () {
  const EVENT_COLOURS = {
    AGREE: "#2e7d32", CONSULT: "#1f77b4", SUPPORT: "#17becf", CONCEDE: "#8c9e3a",
    COOPERATE: "#4caf50", AID: "#00897b", RETREAT: "#9e9d24", REQUEST: "#7e57c2",
    ACCUSE: "#f9a825", REJECT: "#ef6c00", THREATEN: "#d84315", PROTEST: "#ad1457",
    SANCTION: "#6d4c41", MOBILIZE: "#5c6bc0", COERCE: "#b71c1c", ASSAULT: "#e53935",
  };
  const ENTITY_COLOURS = {
    PERSON: "#6fa8f5", ORG: "#f5a94e", GPE: "#6cc070", LOC: "#4cc3b0", NORP: "#b48ad8",
    FAC: "#c9a27e",
  };
  const STATUS_COLOURS = {
    asserted: "#1f5fbf", reported: "#0b7fa6", hypothetical: "#b48ad8", negated: "#9e9e9e",
  };
  const SERIES_COLOURS = [
    "#1f77b4", "#e6550d", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#7f7f7f", "#393b79", "#ad494a", "#637939",
  ];

  function pageData() {
    const el = document.getElementById("page-data");
    return el ? JSON.parse(el.textContent) : null;
  }

  function eventColour(type) { return EVENT_COLOURS[type] || "#777"; }
  function entityColour(type) { return ENTITY_COLOURS[type] || "#b0b0b0"; }
  function statusColour(status) { return STATUS_COLOURS[status] || "#777"; }
  function seriesColour(i) { return SERIES_COLOURS[i % SERIES_COLOURS.length]; }

  /* Fill a <ul class="legend"> with coloured entries: [[label, colour], ...]. */
  function legend(list, entries) {
    if (!list) return;
    list.replaceChildren();
    for (const [label, colour] of entries) {
      const li = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colour;
      li.append(swatch, document.createTextNode(label));
      list.append(li);
    }
  }

  /* "2025-01-22", "2025-01" or "2025" as a Date (the first day of a month or year). */
  function parseDay(value) {
    if (!value) return null;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
    if (!m) return null;
    return new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
  }

  /* A bottom axis for a UTC time scale: at most one tick a day, labels that fit the span. */
  function timeAxis(x, width) {
    const [from, to] = x.domain();
    const days = Math.max(1, Math.round((to - from) / 86400000));
    const format = days <= 120 ? "%b %d" : days <= 1100 ? "%b %Y" : "%Y";
    return d3.axisBottom(x)
      .ticks(Math.min(days, Math.max(2, Math.floor(width / 110))))
      .tickFormat(d3.utcFormat(format));
  }

  return { timeAxis, pageData, eventColour, entityColour, statusColour, seriesColour, legend, parseDay };
})();

/* Figures by source over time: one colour and line per source, one linked dot per report.
   A red ring marks a value another source disputed on the same day. */
"use strict";
(function () {
  const ng = window.newsgraph;
  const data = ng.pageData() || {};
  const series = (data.series || []).map((s, i) => ({
    ...s,
    colour: ng.seriesColour(i),
    points: s.points.map((p) => ({ ...p, day: ng.parseDay(p.reported), source: s.source })),
  }));
  const box = document.getElementById("chart");
  const all = series.flatMap((s) => s.points).filter((p) => p.day !== null);
  if (!all.length) {
    box.textContent = "No dated value to draw.";
    box.classList.add("empty");
    return;
  }
  const margin = { top: 12, right: 24, bottom: 28, left: 70 };
  const width = Math.max(box.clientWidth || 900, 480);
  const height = 360;
  const [first, last] = d3.extent(all, (p) => p.day);
  const pad = Math.max((last - first) * 0.04, 86400000);
  const x = d3.scaleUtc()
    .domain([new Date(+first - pad), new Date(+last + pad)])
    .range([margin.left, width - margin.right]);
  const values = all.map((p) => p.value);
  const [low, high] = d3.extent(values);
  // Values that span orders of magnitude read better on a log scale.
  const logScale = low > 0 && high / low > 1000;
  const y = (logScale ? d3.scaleLog() : d3.scaleLinear())
    .domain(logScale ? [low / 1.5, high * 1.5] : [Math.min(0, low), high * 1.08 || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);

  const svg = d3.select(box).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width).attr("height", height);
  svg.append("g").attr("class", "axis")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(ng.timeAxis(x, width));
  svg.append("g").attr("class", "axis")
    .attr("transform", `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).ticks(6, logScale ? "~s" : "~s"));

  const line = d3.line().x((p) => x(p.day)).y((p) => y(p.value));
  for (const s of series) {
    const points = s.points.filter((p) => p.day !== null);
    if (points.length > 1) {
      svg.append("path").attr("class", "series").attr("stroke", s.colour).attr("d", line(points));
    }
    const links = svg.append("g").selectAll("a").data(points).join("a")
      .attr("href", (p) => p.href)
      .attr("class", (p) => (p.contested ? "figure-point contested" : "figure-point"));
    links.filter((p) => p.contested).append("circle")
      .attr("class", "ring")
      .attr("cx", (p) => x(p.day)).attr("cy", (p) => y(p.value)).attr("r", 9);
    links.append("circle")
      .attr("class", "point")
      .attr("cx", (p) => x(p.day)).attr("cy", (p) => y(p.value)).attr("r", 5.5)
      .attr("fill", s.colour);
    links.append("title").text((p) =>
      `${p.reported}: ${p.text} (${p.qualifier || "exact"}) ${p.about || ""}` +
      `${p.place ? " in " + p.place : ""}, according to ${p.source}` +
      `${p.contested ? " (contested)" : ""}\n${p.title || ""}`);
  }
  ng.legend(document.getElementById("figure-legend"),
    series.map((s) => [`${s.source} (${s.points.length})`, s.colour]));
})();

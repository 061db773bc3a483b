/* The timeline: one lane per event type, one dot per event, each linked to its article. */
"use strict";
(function () {
  const ng = window.newsgraph;
  const events = (ng.pageData() || {}).events || [];
  const box = document.getElementById("chart");
  const dated = events
    .map((e) => ({ ...e, day: ng.parseDay(e.date) }))
    .filter((e) => e.day !== null);
  if (!dated.length) {
    box.textContent = "No dated event to draw.";
    box.classList.add("empty");
    return;
  }
  const types = Array.from(new Set(dated.map((e) => e.type))).sort();
  const margin = { top: 10, right: 20, bottom: 28, left: 100 };
  const width = Math.max(box.clientWidth || 900, 480);
  const lane = 30;
  const height = margin.top + margin.bottom + lane * types.length;

  const [first, last] = d3.extent(dated, (e) => e.day);
  const pad = Math.max((last - first) * 0.03, 86400000);
  const x = d3.scaleUtc()
    .domain([new Date(+first - pad), new Date(+last + pad)])
    .range([margin.left, width - margin.right]);
  const y = d3.scaleBand().domain(types).range([margin.top, height - margin.bottom]).padding(0.1);

  const svg = d3.select(box).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width).attr("height", height);
  svg.append("g").selectAll("line").data(types).join("line")
    .attr("class", "lane")
    .attr("x1", margin.left).attr("x2", width - margin.right)
    .attr("y1", (t) => y(t) + y.bandwidth() / 2).attr("y2", (t) => y(t) + y.bandwidth() / 2);
  svg.append("g").selectAll("text").data(types).join("text")
    .attr("class", "lane-label")
    .attr("x", margin.left - 8).attr("y", (t) => y(t) + y.bandwidth() / 2)
    .attr("dy", "0.35em").attr("text-anchor", "end")
    .text((t) => t);
  svg.append("g").attr("class", "axis")
    .attr("transform", `translate(0,${height - margin.bottom})`)
    .call(ng.timeAxis(x, width));

  // Events on the same day and lane are spread out a little so that each stays clickable.
  const seen = new Map();
  const offset = (e) => {
    const key = `${e.type}|${e.date}`;
    const n = seen.get(key) || 0;
    seen.set(key, n + 1);
    return ((n % 5) - 2) * 4;
  };
  const links = svg.append("g").selectAll("a").data(dated).join("a")
    .attr("href", (e) => e.href)
    .attr("class", "event-point");
  links.append("circle")
    .attr("class", "point")
    .attr("cx", (e) => x(e.day))
    .attr("cy", (e) => y(e.type) + y.bandwidth() / 2 + offset(e))
    .attr("r", 5.5)
    .attr("fill", (e) => ng.eventColour(e.type))
    .attr("opacity", (e) => (e.status === "asserted" ? 0.9 : 0.55));
  links.append("title").text((e) =>
    `${e.date} ${e.type} (${e.status}): ${e.sources || "?"} ${e.trigger} ${e.targets || ""}` +
    `${e.place ? " in " + e.place : ""}\n${e.title || ""}`);
})();

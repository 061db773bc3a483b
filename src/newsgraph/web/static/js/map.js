/* The world map (Natural Earth countries from world-atlas, drawn by d3-geo), with a
   marker per place sized by the events there; each marker links onward. */
"use strict";
(function () {
  const box = document.getElementById("map");
  const dataEl = document.getElementById("page-data");
  const data = dataEl ? JSON.parse(dataEl.textContent) : {};
  const places = (data.places || []).filter((p) => p.latitude !== null && p.longitude !== null);
  const small = Boolean(data.small);
  const width = Math.max(box.clientWidth || 900, 240);
  const height = Math.round(width * 0.52);
  const projection = d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  if (small && places.length) {
    // An entity's few places: frame them, with some land around even for one place.
    const lons = places.map((p) => p.longitude);
    const lats = places.map((p) => p.latitude);
    const frame = [
      [Math.max(-180, Math.min(...lons) - 15), Math.max(-85, Math.min(...lats) - 10)],
      [Math.min(180, Math.max(...lons) + 15), Math.min(85, Math.max(...lats) + 10)],
    ];
    projection.fitExtent([[8, 8], [width - 8, height - 8]], { type: "MultiPoint", coordinates: frame });
  }
  const path = d3.geoPath(projection);
  const svg = d3.select(box).append("svg")
    .attr("viewBox", `0 0 ${width} ${height}`)
    .attr("width", width).attr("height", height);
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  const world = svg.append("g");
  world.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  const land = world.append("g");
  const markers = world.append("g");

  const most = Math.max(1, ...places.map((p) => p.events || 0), ...places.map((p) => p.articles || 0));
  const radius = d3.scaleSqrt().domain([0, most]).range([small ? 2.5 : 2.5, small ? 9 : 22]);
  // Places with no event underneath, then the bigger markers under the smaller ones, so
  // that every marker with events stays clickable.
  const busy = (p) => (p.events > 0 || p.itself ? 1 : 0);
  const radiusOf = (p) => radius(p.events > 0 ? p.events : (small ? p.articles : 0));
  const sorted = places.slice().sort((a, b) =>
    (busy(a) - busy(b)) || (b.events - a.events) || (b.articles - a.articles));
  const links = markers.selectAll("a").data(sorted).join("a")
    .attr("href", (p) => p.href)
    .attr("class", "place-marker");
  links.append("circle")
    .attr("class", (p) => (busy(p) ? "marker" : "marker quiet"))
    .attr("cx", (p) => projection([p.longitude, p.latitude])[0])
    .attr("cy", (p) => projection([p.longitude, p.latitude])[1])
    .attr("r", radiusOf);
  links.append("title").text((p) =>
    `${p.name}: ${p.events} event${p.events === 1 ? "" : "s"}, ${p.articles} article${p.articles === 1 ? "" : "s"}`);

  // Wheel or pinch to zoom into crowded regions; markers keep their size on screen.
  svg.call(d3.zoom().scaleExtent([1, 16]).translateExtent([[0, 0], [width, height]])
    .on("zoom", (event) => {
      world.attr("transform", event.transform);
      markers.selectAll("circle").attr("r", (p) => radiusOf(p) / event.transform.k);
    }));

  fetch("/static/vendor/world-atlas/countries-110m.json")
    .then((response) => response.json())
    .then((world) => {
      const countries = topojson.feature(world, world.objects.countries);
      land.selectAll("path").data(countries.features).join("path")
        .attr("class", "country").attr("d", path)
        .append("title").text((f) => f.properties.name);
    });
})();

/* The actor network: nodes sized by their events, edges coloured by event type.
   Clicking an actor opens its entity page. */
"use strict";
(function () {
  const ng = window.newsgraph;
  const graph = ng.pageData() || { nodes: [], edges: [] };
  const box = document.getElementById("network");
  if (!graph.nodes.length) {
    box.textContent = "No event links two actors here.";
    box.classList.add("empty");
    return;
  }
  const most = Math.max(...graph.nodes.map((n) => n.events), 1);
  const elements = [
    ...graph.nodes.map((n) => ({
      data: {
        id: n.id, label: n.name || n.id, href: n.href, events: n.events,
        size: 14 + 46 * Math.sqrt(n.events / most), colour: ng.entityColour(n.type),
      },
    })),
    ...graph.edges.map((e, i) => ({
      data: {
        id: `e${i}`, source: e.source, target: e.target, type: e.type, count: e.count,
        width: 1 + Math.min(e.count, 8), colour: ng.eventColour(e.type),
      },
    })),
  ];
  const cy = cytoscape({
    container: box,
    elements,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", width: "data(size)", height: "data(size)",
        label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
        "border-width": 1, "border-color": "#555",
      } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.75,
      } },
      { selector: "node:active, node:selected", style: { "border-width": 3, "border-color": "#111" } },
    ],
    // Fewer iterations than cose's default: about as tidy for a few hundred actors, and
    // the page is drawn in half the time.
    layout: {
      name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90,
      numIter: 300,
    },
  });
  cy.on("tap", "node", (event) => {
    const href = event.target.data("href");
    if (href) window.location.assign(href);
  });
  window.newsgraphNetwork = cy;
  const edgeTypes = Array.from(new Set(graph.edges.map((e) => e.type))).sort();
  const nodeTypes = Array.from(new Set(graph.nodes.map((n) => n.type))).sort();
  ng.legend(document.getElementById("network-legend"), [
    ...nodeTypes.map((t) => [`${t} (actor)`, ng.entityColour(t)]),
    ...edgeTypes.map((t) => [t, ng.eventColour(t)]),
  ]);
})();

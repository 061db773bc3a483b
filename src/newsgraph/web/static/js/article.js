/* The article view: clicking a highlight shows its record in the side panel.
   A second click on a selected entity follows its link to the entity page. */
"use strict";
(function () {
  const dataEl = document.getElementById("page-data");
  const records = dataEl ? JSON.parse(dataEl.textContent).records : {};
  const text = document.getElementById("article-text");
  const detail = document.getElementById("detail");
  let selected = null;

  function elementsOf(ref) {
    return text.querySelectorAll(`[data-refs~="${CSS.escape(ref)}"]`);
  }

  function refButton(label, ref) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "ref";
    button.dataset.ref = ref;
    button.textContent = label;
    return button;
  }

  function show(ref, scroll) {
    const record = records[ref];
    if (!record) return;
    for (const el of text.querySelectorAll(".selected")) el.classList.remove("selected");
    const marked = elementsOf(ref);
    for (const el of marked) el.classList.add("selected");
    selected = ref;
    const heading = document.createElement("h2");
    heading.textContent = record.title;
    const kind = document.createElement("p");
    kind.className = "meta";
    kind.textContent = `${record.kind} · ${record.subtitle || ""}`;
    const list = document.createElement("dl");
    for (const row of record.rows) {
      if (row.value === null || row.value === undefined || row.value === "") continue;
      const dt = document.createElement("dt");
      dt.textContent = row.label;
      const dd = document.createElement("dd");
      const value = String(row.value);
      if (row.href) {
        const a = document.createElement("a");
        a.href = row.href;
        a.textContent = value;
        dd.append(a);
      } else if (row.ref && records[row.ref]) {
        dd.append(refButton(value, row.ref));
      } else {
        dd.textContent = value;
      }
      list.append(dt, dd);
    }
    detail.replaceChildren(heading, kind, list);
    if (record.href) {
      const go = document.createElement("a");
      go.className = "go";
      go.href = record.href;
      go.textContent = `${record.link || "open"} →`;
      detail.append(go);
    }
    if (scroll && marked.length) marked[0].scrollIntoView({ block: "center", behavior: "smooth" });
    history.replaceState(null, "", `#${ref}`);
  }

  text.addEventListener("click", (event) => {
    const el = event.target.closest("[data-refs]");
    if (!el) return;
    const refs = el.dataset.refs.split(" ");
    // A second click on the selected entity follows the link; otherwise show the next
    // record covering this piece, so that nested records can all be reached.
    if (el.tagName === "A" && refs[0] === selected && selected.startsWith("entity:")) return;
    event.preventDefault();
    const at = refs.indexOf(selected);
    show(refs[(at + 1) % refs.length], false);
  });

  document.addEventListener("click", (event) => {
    const el = event.target.closest("button[data-ref]");
    if (el && records[el.dataset.ref]) show(el.dataset.ref, true);
  });

  const wanted = decodeURIComponent(location.hash.slice(1));
  if (records[wanted]) show(wanted, true);
})();

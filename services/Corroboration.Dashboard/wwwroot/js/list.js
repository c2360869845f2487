// The incident list: ListScores (grade, minimum confidence) joined with ListIncidents (dates,
// place, text) on the server, sorted in the page; rows update live.
import { all } from "./api.js";
import { el, gradeBadge, killedText, percent } from "./format.js";

const GRADES = ["", "confirmed", "fair", "weak", "contested", "discounted"];
const SORTS = {
  "confidence-desc": (a, b) => (b.confidence ?? 0) - (a.confidence ?? 0),
  "confidence-asc": (a, b) => (a.confidence ?? 0) - (b.confidence ?? 0),
  "date-desc": (a, b) => (b.occurredOn || "").localeCompare(a.occurredOn || ""),
  "date-asc": (a, b) => (a.occurredOn || "").localeCompare(b.occurredOn || ""),
  "place": (a, b) => (a.place || "").localeCompare(b.place || ""),
  "reports-desc": (a, b) => (b.reportIds?.length ?? 0) - (a.reportIds?.length ?? 0),
};

const filters = { from: "", to: "", place: "", grade: "", minConfidence: "", text: "", sort: "confidence-desc" };

export async function renderList(view) {
  const table = el("tbody", { id: "incident-rows" });
  const count = el("p", { class: "count", id: "incident-count" }, "loading…");
  const form = filterForm(() => load(table, count));
  view.replaceChildren(el("h1", {}, "Incidents"), form, count,
    el("table", { class: "incidents" },
      el("thead", {}, el("tr", {}, ["Incident", "Date", "Place", "Grade", "Confidence", "Reports", "Sources", "Killed"].map((h) => el("th", {}, h)))),
      table));
  await load(table, count);
}

function filterForm(onChange) {
  const input = (name, label, attributes) => el("label", {}, label, el("input", {
    name, value: filters[name], ...attributes,
    onchange: (e) => { filters[name] = e.target.value; onChange(); },
  }));
  return el("form", { class: "filters", id: "filters", onsubmit: (e) => { e.preventDefault(); onChange(); } },
    input("from", "From", { type: "date" }),
    input("to", "To", { type: "date" }),
    input("place", "Place", { type: "search", placeholder: "e.g. Idlib" }),
    el("label", {}, "Grade", el("select", { name: "grade", onchange: (e) => { filters.grade = e.target.value; onChange(); } },
      GRADES.map((g) => el("option", { value: g, selected: g === filters.grade }, g || "any")))),
    input("minConfidence", "Min. confidence", { type: "number", min: 0, max: 1, step: 0.05, placeholder: "0–1" }),
    input("text", "Text", { type: "search", placeholder: "words in the reports" }),
    el("label", {}, "Sort", el("select", { name: "sort", onchange: (e) => { filters.sort = e.target.value; onChange(); } },
      Object.keys(SORTS).map((s) => el("option", { value: s, selected: s === filters.sort }, s.replace("-", " "))))),
    el("button", { type: "submit" }, "Apply"));
}

async function load(table, count) {
  const scores = await all("/v1/scores", "scores", { grade: filters.grade, minConfidence: filters.minConfidence });
  let shown = scores;
  if (filters.from || filters.to || filters.place || filters.text) {
    const incidents = await all("/v1/incidents", "incidents", {
      occurredFrom: filters.from, occurredTo: filters.to, place: filters.place, text: filters.text,
    });
    const ids = new Set(incidents.map((i) => i.id));
    shown = scores.filter((s) => ids.has(s.id));
  }
  shown = shown.filter((s) => s.grade !== "removed").sort(SORTS[filters.sort]);
  table.replaceChildren(...shown.map(row));
  count.textContent = `${shown.length} incident${shown.length === 1 ? "" : "s"}`;
}

export function row(s) {
  return el("tr", { "data-incident": s.id },
    el("td", {}, el("a", { href: `#/incident/${encodeURIComponent(s.id)}`, class: "incident-link" }, s.id)),
    el("td", {}, s.occurredOn || "—"),
    el("td", { dir: "auto" }, s.place || "—"),
    el("td", {}, gradeBadge(s.grade), s.verdict ? el("span", { class: "verdict" }, ` ${s.verdict}`) : null),
    el("td", { class: "confidence" }, percent(s.confidence)),
    el("td", {}, String(s.reportIds?.length ?? 0)),
    el("td", {}, String(s.independentSources ?? 0)),
    el("td", {}, killedText(s.killed)));
}

/** A WatchScores message: replace the row if the incident is listed. */
export function updateRow(scored) {
  const old = document.querySelector(`#incident-rows tr[data-incident="${CSS.escape(scored.id)}"]`);
  if (old) {
    const fresh = row(scored);
    fresh.classList.add("updated");
    old.replaceWith(fresh);
  }
}

// The incident list, one page at a time from ListScores: filters and order are applied by the
// server. Report text lives in Matching, so a text filter first asks ListIncidents which
// incidents hold it and passes their ids (ListScores takes at most TEXT_LIMIT). Rows update live.
import { post, upTo } from "./api.js";
import { el, gradeBadge, killedText, percent } from "./format.js";

const TEXT_LIMIT = 1000;
const GRADES = ["", "confirmed", "fair", "weak", "contested", "discounted"];
const ORDERS = {
  "confidence desc": "confidence, highest first",
  "confidence": "confidence, lowest first",
  "occurred_on desc": "date, newest first",
  "occurred_on": "date, oldest first",
  "place": "place, A–Z",
  "place desc": "place, Z–A",
  "report_count desc": "most reports",
  "report_count": "fewest reports",
};

const filters = { from: "", to: "", place: "", grade: "", minConfidence: "", text: "", sort: "confidence desc", pageSize: "50" };
// The page tokens that fetch the page shown (or being fetched) and each one before it ("" is the first page).
let tokens = [""];
// Numbers each page request: only the latest may fill the list. A live update re-renders the list
// while a page may still be on its way; without this the slower answer won, and a click on "Next"
// made just then was lost behind a reload of the page before.
let latestRequest = 0;
let textMatches = null; // { text, ids, more }: Matching's answer for the current text filter

export async function renderList(view) {
  const table = el("tbody", { id: "incident-rows" });
  const count = el("p", { class: "count", id: "incident-count" }, "loading…");
  const previous = el("button", { type: "button", id: "page-previous", disabled: true }, "‹ Previous");
  const next = el("button", { type: "button", id: "page-next", disabled: true }, "Next ›");
  const show = async (pageTokens) => {
    const request = ++latestRequest;
    tokens = pageTokens; // so that a re-render meanwhile asks for this page too
    try {
      const page = await fetchPage(pageTokens[pageTokens.length - 1]);
      if (request !== latestRequest) {
        return;
      }
      table.replaceChildren(...page.scores.map(row));
      count.textContent = countText(page.scores.length, page.nextPageToken);
      count.classList.remove("error");
      previous.disabled = tokens.length === 1;
      next.disabled = !page.nextPageToken;
      next.onclick = () => show([...tokens, page.nextPageToken]);
    } catch (error) {
      if (request !== latestRequest) {
        return;
      }
      count.textContent = error.message; // a filter the server refused, named by its field
      count.classList.add("error");
    }
  };
  previous.onclick = () => show(tokens.slice(0, -1));
  const refilter = () => {
    textMatches = null; // ask Matching again: incidents may have arrived since
    return show([""]);
  };
  view.replaceChildren(el("h1", {}, "Incidents"), filterForm(refilter), count,
    el("table", { class: "incidents" },
      el("thead", {}, el("tr", {}, ["Incident", "Date", "Place", "Grade", "Confidence", "Reports", "Sources", "Killed"].map((h) => el("th", {}, h)))),
      table),
    el("nav", { class: "pager" }, previous, next));
  await show(tokens);
}

function filterForm(onChange) {
  const input = (name, label, attributes) => el("label", {}, label, el("input", {
    name, value: filters[name], ...attributes,
    onchange: (e) => { filters[name] = e.target.value; onChange(); },
  }));
  const select = (name, label, options) => el("label", {}, label, el("select", { name, onchange: (e) => { filters[name] = e.target.value; onChange(); } },
    Object.entries(options).map(([value, text]) => el("option", { value, selected: value === filters[name] }, text))));
  return el("form", { class: "filters", id: "filters", onsubmit: (e) => { e.preventDefault(); onChange(); } },
    input("from", "From", { type: "date" }),
    input("to", "To", { type: "date" }),
    input("place", "Place", { type: "search", placeholder: "e.g. Idlib" }),
    select("grade", "Grade", Object.fromEntries(GRADES.map((g) => [g, g || "any"]))),
    input("minConfidence", "Min. confidence", { type: "number", min: 0, max: 1, step: 0.05, placeholder: "0–1" }),
    input("text", "Text", { type: "search", placeholder: "words in the reports" }),
    select("sort", "Sort", ORDERS),
    input("pageSize", "Per page", { type: "number", min: 1, max: 500, step: 1 }),
    el("button", { type: "submit" }, "Apply"));
}

async function fetchPage(pageToken) {
  const text = filters.text.trim();
  let incidentIds;
  if (text) {
    if (textMatches?.text !== text) {
      const { items, more } = await upTo("/v1/incidents", "incidents", { text }, TEXT_LIMIT);
      textMatches = { text, ids: items.map((i) => i.id), more };
    }
    if (textMatches.ids.length === 0) {
      return { scores: [], nextPageToken: "" }; // no ids would mean no filter to ListScores
    }
    incidentIds = textMatches.ids;
  }
  // POST, not GET: up to a thousand ids do not fit in a URL.
  return post("/v1/scores:search", {
    pageSize: pageSize(),
    pageToken,
    orderBy: filters.sort,
    grade: filters.grade,
    minConfidence: filters.minConfidence === "" ? 0 : Number(filters.minConfidence),
    occurredFrom: filters.from,
    occurredTo: filters.to,
    place: filters.place.trim(),
    incidentIds,
  }).then((page) => ({ scores: page.scores || [], nextPageToken: page.nextPageToken || "" }));
}

const pageSize = () => Number(filters.pageSize) || 50;

/** Which rows these are, without a total: counting every match would cost as much as listing it. */
function countText(shown, nextPageToken) {
  const first = (tokens.length - 1) * pageSize() + 1; // the pages before this one were full
  const range = shown === 0 ? "No incidents" : shown === 1 ? `Incident ${first}` : `Incidents ${first}–${first + shown - 1}`;
  const more = nextPageToken ? ", more on the next pages" : "";
  const capped = filters.text.trim() && textMatches?.more
    ? ` (the text matches more than ${TEXT_LIMIT} incidents: only the first ${TEXT_LIMIT} are searched; narrow it)` : "";
  return range + more + capped;
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

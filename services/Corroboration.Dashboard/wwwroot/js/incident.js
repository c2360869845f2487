// One incident: score and its explanation, reports with their claims, timeline, map, history,
// and the analyst's actions.
import { get } from "./api.js";
import { contributionChart, historyChart, timeline } from "./charts.js";
import { el, gradeBadge, killedText, percent } from "./format.js";
import { incidentMap } from "./map.js";
import { actionsPanel, claimKey, claimPick } from "./actions.js";
import { constraintsOf } from "./constraints.js";

export async function renderIncident(view, id, context) {
  const [score, incident, history] = await Promise.all([
    get(`/v1/scores/${encodeURIComponent(id)}`),
    get(`/v1/incidents/${encodeURIComponent(id)}`),
    get(`/v1/scores/${encodeURIComponent(id)}/history`, { pageSize: 100 }),
  ]);
  const [reports, constraints, flag] = await Promise.all([
    Promise.all((incident.reportIds || []).map((r) => get(`/v1/reports/${encodeURIComponent(r)}`))),
    constraintsOf(incident.reportIds || []),
    score.verdict ? latestFlag(id) : null,
  ]);
  if (context.showing() !== id) {
    return null; // the route moved on while this incident was being read
  }
  const claimsByReport = Map.groupBy(incident.claims || [], (c) => c.reportId);
  const rerender = () => renderIncident(view, id, context);

  const located = (incident.claims || []).filter((c) => c.claim?.lat !== undefined)
    .map((c) => ({ lat: c.claim.lat, lon: c.claim.lon, label: c.claim.place || c.reportId, main: false }));
  if (score.lat !== undefined) {
    located.unshift({ lat: score.lat, lon: score.lon, label: score.place || id, main: true });
  }

  view.replaceChildren(
    el("p", {}, el("a", { href: "#/" }, "← all incidents")),
    el("h1", {}, "Incident ", el("span", { id: "incident-id" }, id), " ", gradeBadge(score.grade)),
    el("section", { class: "summary", id: "summary" },
      fact("Confidence", el("strong", { id: "confidence" }, percent(score.confidence)),
        score.modelConfidence !== undefined ? ` (evidence alone ${percent(score.modelConfidence)})` : ""),
      fact("Score version", el("span", { id: "score-version" }, String(score.version ?? 0))),
      fact("Reports", el("span", { id: "report-count" }, String(score.reportIds?.length ?? 0))),
      fact("Independent sources", String(score.independentSources ?? 0)),
      fact("Date", score.occurredOn || "—"),
      fact("Place", el("span", { dir: "auto" }, score.place || "—")),
      fact("Killed", killedText(score.killed)),
      fact("Verdict", el("span", { id: "verdict" }, score.verdict || "none", flag ? ` by ${flag.analyst}: ` : "",
        flag ? el("span", { dir: "auto" }, flag.reason || "") : null)),
      fact("Why this version", el("span", { id: "score-reason" }, score.reason || ""))),
    el("section", { class: "grid" },
      el("div", {},
        el("h2", {}, "Contribution of each report"),
        contributionChart(score.explanation || []),
        el("h2", {}, "Perpetrators"),
        el("ul", { class: "perpetrators" }, (score.perpetrators || []).map((p) =>
          el("li", {}, el("span", { dir: "auto" }, p.name), " ", el("meter", { min: 0, max: 1, value: p.support ?? 0 }), ` ${percent(p.support)}`))),
        el("h2", {}, "Timeline"),
        timeline(reports.map((r) => r.report))),
      el("div", {},
        el("h2", {}, "Map"),
        el("div", { id: "map" }, "drawing…"),
        el("h2", {}, "Score history"),
        historyChart(history.versions || []),
        el("ol", { class: "history", id: "history" }, (history.versions || []).map((v) =>
          el("li", {}, `v${v.version} ${v.scoredAt?.slice(0, 19) ?? ""} — ${percent(v.confidence)} ${v.grade}: `, el("span", { dir: "auto" }, v.reason || "")))))),
    actionsPanel({ id, reports, constraints, context, done: rerender }),
    el("h2", {}, "Reports"),
    el("div", { class: "reports" }, reports.map((stored) => reportCard(id, stored, claimsByReport.get(stored.report.id) || [], score))));

  incidentMap(located).then((map) => document.getElementById("map")?.replaceChildren(map))
    .catch((error) => document.getElementById("map")?.replaceChildren(`map unavailable: ${error.message}`));
  return { id, version: Number(score.version ?? 0), refresh: rerender };
}

/** Who gave the incident its verdict: the newest FlagIncident entry of scoring's audit log. */
async function latestFlag(id) {
  const audit = await get("/v1/scoring/audit", { incidentId: id, pageSize: 1 });
  return (audit.entries || []).find((e) => e.action === "FlagIncident") ?? null;
}

function fact(label, ...value) {
  return el("div", { class: "fact" }, el("span", { class: "label" }, label), el("span", { class: "value" }, ...value));
}

function reportCard(id, stored, claims, score) {
  const r = stored.report;
  const line = (score.explanation || []).find((e) => e.reportId === r.id);
  return el("article", { class: "report", "data-report": r.id },
    el("header", {},
      el("strong", { dir: "auto" }, r.source || "unknown"), ` · ${r.sourceType || "unknown"} · ${r.language || "?"} · ${r.publishedAt || "undated"} · `,
      r.url ? el("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, "link") : "no link"),
    el("h3", { dir: "auto", lang: r.language || undefined }, r.title || r.id),
    el("p", { class: "text", dir: "auto", lang: r.language || undefined }, r.text || ""),
    line ? el("p", { class: "contribution" }, `contribution ${(line.contribution ?? 0).toFixed(2)}: ${line.reason ?? ""}`) : null,
    stored.extractionNote ? el("p", { class: "note" }, `no claims: ${stored.extractionNote}`) : null,
    el("ul", { class: "claims" }, claims.map((c) => el("li", { "data-claim": claimKey(c) },
      claimPick(id, claimKey(c)),
      " ", el("code", { class: "claim-key" }, claimKey(c)), " ", el("span", { dir: "auto" }, claimText(c.claim || {})),
      ` · match ${percent(c.matchProbability)}`, c.placedBy ? ` · placed by ${c.placedBy}` : ""))));
}

function claimText(claim) {
  const parts = [
    claim.occurredOn || (claim.occurredFrom ? `${claim.occurredFrom}…${claim.occurredTo || ""}` : claim.occurredWeekday),
    claim.place, claim.admin1,
    claim.killedMax !== undefined ? `killed ${claim.killedMin ?? 0}–${claim.killedMax}` : null,
    claim.perpetrator ? `by ${claim.perpetrator}` : null,
    claim.stance === "denies" ? "DENIES" : null,
    (claim.weapons || []).join(", "),
    (claim.cites || []).length ? `cites ${(claim.cites || []).join(", ")}` : null,
  ];
  return parts.filter(Boolean).join(" · ") || "no details";
}


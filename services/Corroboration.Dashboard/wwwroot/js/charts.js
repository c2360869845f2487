// Charts drawn as inline SVG: no library, no network.

const NS = "http://www.w3.org/2000/svg";

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** One bar per report: how much it added to (right) or took from (left) the incident's log-odds. */
export function contributionChart(explanation) {
  const rows = [...explanation].sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0));
  const rowHeight = 22;
  const width = 640;
  const labelWidth = 220;
  const middle = labelWidth + (width - labelWidth) / 2;
  const largest = Math.max(0.01, ...rows.map((r) => Math.abs(r.contribution ?? 0)));
  const scale = ((width - labelWidth) / 2 - 40) / largest; // room for the value beside the longest bar
  const height = rows.length * rowHeight + 10;
  return svg("svg", { class: "chart contributions", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "contribution of each report" },
    svg("line", { x1: middle, x2: middle, y1: 0, y2: height, class: "axis" }),
    rows.map((row, i) => {
      const value = row.contribution ?? 0;
      const length = Math.abs(value) * scale;
      const y = 5 + i * rowHeight;
      return svg("g", { class: value >= 0 ? "bar positive" : "bar negative" },
        svg("title", {}, `${row.source}: ${value.toFixed(2)} — ${row.reason ?? ""}`),
        svg("text", { x: labelWidth - 6, y: y + 14, "text-anchor": "end", class: "label" }, truncate(row.source || row.reportId, 30)),
        svg("rect", { x: value >= 0 ? middle : middle - length, y: y + 3, width: Math.max(1, length), height: rowHeight - 8 }),
        svg("text", { x: value >= 0 ? middle + length + 4 : middle - length - 4, y: y + 14, "text-anchor": value >= 0 ? "start" : "end", class: "value" }, value.toFixed(2)));
    }));
}

/** The reports along their publication time. */
export function timeline(reports) {
  const dated = reports.filter((r) => r.publishedAt && !Number.isNaN(Date.parse(r.publishedAt)))
    .map((r) => ({ ...r, at: Date.parse(r.publishedAt) })).sort((a, b) => a.at - b.at);
  const width = 640;
  const height = 40 + dated.length * 18;
  if (dated.length === 0) {
    return svg("svg", { class: "chart timeline", viewBox: `0 0 ${width} 30` }, svg("text", { x: 10, y: 20 }, "no publication dates"));
  }
  const first = dated[0].at;
  const span = Math.max(1, dated[dated.length - 1].at - first);
  const x = (at) => 20 + ((at - first) / span) * (width - 260);
  return svg("svg", { class: "chart timeline", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline of the reports" },
    svg("line", { x1: 20, x2: width - 240, y1: 20, y2: 20, class: "axis" }),
    svg("text", { x: 20, y: 14, class: "tick" }, dated[0].publishedAt.slice(0, 10)),
    svg("text", { x: width - 240, y: 14, class: "tick", "text-anchor": "end" }, dated[dated.length - 1].publishedAt.slice(0, 10)),
    dated.map((r, i) => svg("g", { class: "event" },
      svg("line", { x1: x(r.at), x2: x(r.at), y1: 20, y2: 34 + i * 18, class: "stem" }),
      svg("circle", { cx: x(r.at), cy: 34 + i * 18, r: 4 }),
      svg("text", { x: x(r.at) + 8, y: 38 + i * 18 }, `${r.publishedAt.slice(0, 10)} ${truncate(r.source || r.id, 28)}`))));
}

/** Confidence of every stored version, oldest left. */
export function historyChart(versions) {
  const points = [...versions].reverse();
  const width = 640;
  const height = 120;
  const x = (i) => 30 + (points.length === 1 ? 0 : (i / (points.length - 1)) * (width - 60));
  const y = (c) => 100 - (c ?? 0) * 90;
  return svg("svg", { class: "chart history", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "score history" },
    svg("line", { x1: 30, x2: width - 30, y1: 100, y2: 100, class: "axis" }),
    svg("text", { x: 2, y: 14, class: "tick" }, "1.0"),
    svg("text", { x: 2, y: 104, class: "tick" }, "0.0"),
    svg("polyline", { points: points.map((v, i) => `${x(i)},${y(v.confidence)}`).join(" "), class: "line" }),
    points.map((v, i) => svg("circle", { cx: x(i), cy: y(v.confidence), r: 4 },
      svg("title", {}, `v${v.version}: ${(v.confidence ?? 0).toFixed(2)} ${v.grade} — ${v.reason ?? ""}`))));
}

function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

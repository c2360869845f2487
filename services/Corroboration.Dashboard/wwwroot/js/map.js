// An offline map: the bundled gazetteer's places of the incident's country as dots (they draw the
// country's shape), the incident and its claims' places on top. No tiles, no network.
import { svg } from "./charts.js";

let gazetteer;

async function places() {
  if (!gazetteer) {
    const text = await (await fetch("data/gazetteer.tsv")).text();
    gazetteer = text.split("\n").slice(1).filter(Boolean).map((line) => {
      const [name, , lat, lon, country, admin1, kind] = line.split("\t");
      return { name, lat: lat ? Number(lat) : NaN, lon: lon ? Number(lon) : NaN, country, admin1, kind };
    }).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon)); // names known without coordinates
  }
  return gazetteer;
}

function nearestCountry(all, lat, lon) {
  let best = { distance: Infinity, country: "SY" };
  for (const p of all) {
    const distance = (p.lat - lat) ** 2 + (p.lon - lon) ** 2;
    if (distance < best.distance) {
      best = { distance, country: p.country };
    }
  }
  return best.country;
}

function middle(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return sorted.length ? [at(0.005), at(0.995)] : [-90, 90];
}

/** points: [{lat, lon, label, main}] */
export async function incidentMap(points) {
  const all = await places();
  const located = points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const country = located.length ? nearestCountry(all, located[0].lat, located[0].lon) : "SY";
  // A few stray gazetteer rows lie far outside their country: the frame is the middle 99% of its places.
  const inCountry = all.filter((p) => p.country === country);
  const [latLow, latHigh] = middle(inCountry.map((p) => p.lat));
  const [lonLow, lonHigh] = middle(inCountry.map((p) => p.lon));
  const background = inCountry.filter((p) => p.lat >= latLow && p.lat <= latHigh && p.lon >= lonLow && p.lon <= lonHigh);
  const lats = [...background, ...located].map((p) => p.lat);
  const lons = [...background, ...located].map((p) => p.lon);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const width = 420;
  const squeeze = Math.cos(((south + north) / 2) * Math.PI / 180);
  const height = Math.max(120, Math.round(width * (north - south) / Math.max(0.01, (east - west) * squeeze)));
  const x = (lon) => 10 + ((lon - west) / Math.max(0.01, east - west)) * (width - 20);
  const y = (lat) => 10 + ((north - lat) / Math.max(0.01, north - south)) * (height - 20);
  return svg("svg", { class: "map", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `map of ${country}` },
    background.map((p) => svg("circle", { cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: p.kind === "governorate" ? 2 : 1, class: "place" })),
    located.map((p) => svg("g", { class: p.main ? "spot main" : "spot" },
      svg("circle", { cx: x(p.lon), cy: y(p.lat), r: p.main ? 7 : 4 }, svg("title", {}, p.label)),
      p.main ? svg("text", { x: x(p.lon) + 10, y: y(p.lat) + 4 }, p.label) : null)),
    svg("text", { x: 10, y: height - 4, class: "tick" }, `${country}: ${background.length} gazetteer places`));
}

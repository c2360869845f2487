// Small helpers to build DOM safely (text is never parsed as HTML).

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key.startsWith("on")) {
      node.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

export const percent = (x) => `${Math.round((x ?? 0) * 100)}%`;

export const killedText = (killed) =>
  killed && (killed.high ?? 0) > 0 ? `${killed.low ?? 0}–${killed.high} (best ${killed.best ?? 0})` : "none reported";

export const version = (scored) => Number(scored.version ?? 0);

export function gradeBadge(grade) {
  return el("span", { class: `grade grade-${grade || "none"}` }, grade || "—");
}

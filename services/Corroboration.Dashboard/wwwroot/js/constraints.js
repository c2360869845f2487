// The must-link and cannot-link constraints on the claims of an incident's reports.
import { get } from "./api.js";
import { el } from "./format.js";

const KINDS = { CONSTRAINT_KIND_MUST_LINK: "must-link", CONSTRAINT_KIND_CANNOT_LINK: "cannot-link" };

const key = (ref) => `${ref?.reportId ?? ""}#${ref?.claimIndex ?? 0}`;

/** Every constraint on a claim of these reports, once each (ListConstraints filters by one report). */
export async function constraintsOf(reportIds) {
  const lists = await Promise.all(reportIds.map((reportId) => get("/v1/constraints", { reportId })));
  const byId = new Map(lists.flatMap((list) => list.constraints || []).map((c) => [c.id, c]));
  return [...byId.values()];
}

/** The list, each line with a button made by `removeButton(constraint)`. */
export function constraintList(constraints, removeButton) {
  return el("div", { id: "constraints" },
    el("h3", {}, "Constraints"),
    constraints.length === 0 ? el("p", { class: "note" }, "none on these claims") : el("ul", {}, constraints.map((c) =>
      el("li", { "data-constraint": c.id, class: "constraint" },
        el("strong", { class: "kind" }, KINDS[c.kind] ?? c.kind), " ", el("code", {}, key(c.claimA)), " ↔ ", el("code", {}, key(c.claimB)),
        ` · ${c.analyst || "?"}: `, el("span", { dir: "auto" }, c.reason || ""), " ", removeButton(c)))));
}

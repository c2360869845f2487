// The analyst's actions on an incident. Buttons the token's roles do not allow are disabled; the
// server checks the role anyway.
import { post, subject } from "./api.js";
import { el } from "./format.js";

export const claimKey = (c) => `${c.reportId}#${c.claimIndex ?? 0}`;

const parseKey = (key) => {
  const at = key.lastIndexOf("#");
  return { reportId: key.slice(0, at), claimIndex: Number(key.slice(at + 1)) };
};

const picked = () => [...document.querySelectorAll(".claim-pick:checked")].map((box) => parseKey(box.value));

export function actionsPanel({ id, reports, context, done }) {
  const allowed = context.roles.includes("analyst");
  const reason = el("input", { id: "action-reason", placeholder: "why (recorded in the audit log)", value: "" });
  const status = el("p", { class: "action-status", id: "action-status" });
  const analyst = () => subject() || context.analystName();
  const act = (label, run) => async () => {
    status.textContent = `${label}…`;
    try {
      await run();
      status.textContent = `${label}: done`;
      await done();
    } catch (error) {
      status.textContent = `${label} failed: ${error.message}`;
      status.classList.add("error");
    }
  };
  const button = (label, attributes, run) => el("button", {
    type: "button", disabled: !allowed, title: allowed ? label : "needs the analyst role", ...attributes, onclick: act(label, run),
  }, label);

  const mergeInput = el("input", { id: "merge-ids", placeholder: "incident ids to merge into this one, comma-separated" });
  const moveTarget = el("input", { id: "move-target", placeholder: "target incident id (empty: a new incident)" });
  const sources = [...new Set(reports.map((r) => r.report.source || "unknown"))];
  const sourceSelect = el("select", { id: "source-name" }, sources.map((s) => el("option", { value: s }, s)));
  const reliability = el("input", { id: "source-reliability", type: "number", min: 0, max: 1, step: 0.05, value: 0.5 });
  const common = () => ({ analyst: analyst(), reason: reason.value || "from the dashboard" });

  return el("section", { class: "actions", id: "actions" },
    el("h2", {}, "Analyst actions"),
    allowed ? null : el("p", { class: "note" }, "Read only: your token has no analyst role."),
    el("div", { class: "row" }, reason),
    el("div", { class: "row" }, mergeInput, button("Merge into this incident", { id: "merge-button" }, () =>
      post(`/v1/incidents/${encodeURIComponent(id)}:merge`, {
        sourceIncidentIds: mergeInput.value.split(",").map((s) => s.trim()).filter(Boolean), ...common(),
      }))),
    el("div", { class: "row" }, el("span", {}, "Selected claims (tick them in the reports below):"),
      button("Split off", { id: "split-button" }, () =>
        post(`/v1/incidents/${encodeURIComponent(id)}:split`, { claims: picked(), ...common() })),
      moveTarget,
      button("Move", { id: "move-button" }, () => Promise.all(picked().map((claim) =>
        post("/v1/claims:move", { ...claim, toIncidentId: moveTarget.value.trim(), ...common() })))),
      button("Must-link", { id: "must-link-button" }, () => constrain("CONSTRAINT_KIND_MUST_LINK")),
      button("Cannot-link", { id: "cannot-link-button" }, () => constrain("CONSTRAINT_KIND_CANNOT_LINK"))),
    el("div", { class: "row" }, el("span", {}, "Source"), sourceSelect, reliability,
      button("Pin reliability", { id: "pin-button" }, () =>
        post("/v1/sources:setReliability", { source: sourceSelect.value, reliability: Number(reliability.value), ...common() })),
      button("Clear pin", { id: "unpin-button" }, () =>
        post("/v1/sources:setReliability", { source: sourceSelect.value, clear: true, ...common() }))),
    el("div", { class: "row" },
      button("Confirm", { id: "confirm-button" }, () =>
        post(`/v1/scores/${encodeURIComponent(id)}:flag`, { verdict: "VERDICT_CONFIRMED", ...common() })),
      button("Refute", { id: "refute-button" }, () =>
        post(`/v1/scores/${encodeURIComponent(id)}:flag`, { verdict: "VERDICT_REFUTED", ...common() }))),
    status);

  function constrain(kind) {
    const claims = picked();
    if (claims.length !== 2) {
      throw new Error("tick exactly two claims");
    }
    return post("/v1/constraints", { kind, claimA: claims[0], claimB: claims[1], ...common() });
  }
}

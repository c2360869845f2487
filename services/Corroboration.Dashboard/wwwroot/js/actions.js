// The analyst's actions on an incident. Buttons the token's roles do not allow are disabled; the
// server checks the role anyway.
import { del, post, subject } from "./api.js";
import { constraintList } from "./constraints.js";
import { el } from "./format.js";

export const claimKey = (c) => `${c.reportId}#${c.claimIndex ?? 0}`;

const parseKey = (key) => {
  const at = key.lastIndexOf("#");
  return at < 0 ? { reportId: key, claimIndex: 0 } : { reportId: key.slice(0, at), claimIndex: Number(key.slice(at + 1)) };
};

// The last action's message: kept across the page's re-renders (its own, and live updates').
let outcome = null;

function showOutcome(status, id) {
  const shown = outcome?.incidentId === id ? outcome : null;
  status.classList.toggle("error", Boolean(shown?.error));
  status.replaceChildren(...(shown ? [shown.text] : []), ...(shown?.goTo ? [" → ", el("a", {
    id: "action-result", href: `#/incident/${encodeURIComponent(shown.goTo)}`,
  }, `incident ${shown.goTo}`)] : []));
}

const picked = () => [...document.querySelectorAll(".claim-pick:checked")].map((box) => parseKey(box.value));

// The claims ticked on the incident on screen: kept across its re-renders (a live score update
// redraws the page while the analyst is still ticking), forgotten when another incident is shown
// or an action has been carried out.
let ticked = { incidentId: null, keys: new Set() };

/** A claim's tick box on the incident's page, ticked again if it was before the page was redrawn. */
export function claimPick(incidentId, key) {
  if (ticked.incidentId !== incidentId) {
    ticked = { incidentId, keys: new Set() };
  }
  const keys = ticked.keys;
  return el("input", {
    type: "checkbox", class: "claim-pick", value: key, "aria-label": `select claim ${key}`, checked: keys.has(key),
    onchange: (event) => (event.target.checked ? keys.add(key) : keys.delete(key)),
  });
}

export function actionsPanel({ id, reports, constraints, context, done }) {
  const allowed = context.roles.includes("analyst");
  const reason = el("input", { id: "action-reason", placeholder: "why (recorded in the audit log)", value: "" });
  const status = el("p", { class: "action-status", id: "action-status" });
  showOutcome(status, id);
  const analyst = () => subject() || context.analystName();
  const say = (text, extra = {}) => {
    outcome = { incidentId: id, text, ...extra };
    showOutcome(document.getElementById("action-status") ?? status, id);
  };
  // run() may answer { goTo: incidentId }: where the claims went, linked so both pages can be checked.
  const act = (label, run) => async () => {
    say(`${label}…`);
    try {
      say(`${label}: done`, { goTo: (await run())?.goTo });
      ticked.keys.clear();
    } catch (error) {
      say(`${label} failed: ${error.message}`, { error: true });
      return;
    }
    await done().catch((error) => say(`${label}: done, but the page could not be refreshed: ${error.message}`, { error: true }));
  };
  const button = (label, attributes, run) => el("button", {
    type: "button", disabled: !allowed, title: allowed ? label : "needs the analyst role", ...attributes, onclick: act(label, run),
  }, label);

  const mergeInput = el("input", { id: "merge-ids", placeholder: "incident ids to merge into this one, comma-separated" });
  const moveTarget = el("input", { id: "move-target", placeholder: "target incident id (empty: a new incident)" });
  const otherClaim = el("input", { id: "other-claim", placeholder: "a claim in another incident (report-id#n), for a cannot-link" });
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
      button("Split off", { id: "split-button" }, async () =>
        ({ goTo: (await post(`/v1/incidents/${encodeURIComponent(id)}:split`, { claims: picked(), ...common() })).id })),
      moveTarget,
      button("Move", { id: "move-button" }, move)),
    el("div", { class: "row" }, el("span", {}, "Constraint on two claims (ticked, or one ticked and one typed):"), otherClaim,
      button("Must-link", { id: "must-link-button" }, () => constrain("CONSTRAINT_KIND_MUST_LINK")),
      button("Cannot-link", { id: "cannot-link-button" }, () => constrain("CONSTRAINT_KIND_CANNOT_LINK"))),
    constraintList(constraints, (constraint) => button("Remove", { class: "remove-constraint" }, () =>
      del(`/v1/constraints/${encodeURIComponent(constraint.id)}`, common()))),
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

  // One at a time: with no target the first claim founds a new incident and the others follow it
  // there (in parallel, each would found one of its own).
  async function move() {
    const claims = picked();
    if (claims.length === 0) {
      throw new Error("tick at least one claim");
    }
    let target = moveTarget.value.trim();
    for (const claim of claims) {
      target = (await post("/v1/claims:move", { ...claim, toIncidentId: target, ...common() })).id;
    }
    return { goTo: target };
  }

  // A cannot-link needs a claim outside this incident, so the second claim may be typed.
  function constrain(kind) {
    const claims = [...picked(), ...(otherClaim.value.trim() ? [parseKey(otherClaim.value.trim())] : [])];
    if (claims.length !== 2 || claims.some((c) => !c.reportId || !Number.isInteger(c.claimIndex))) {
      throw new Error("give exactly two claims: tick them, or tick one and type the other as report-id#n");
    }
    return post("/v1/constraints", { kind, claimA: claims[0], claimB: claims[1], ...common() });
  }
}

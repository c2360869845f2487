// The dashboard's entry: token handling, routing (#/ and #/incident/ID), live updates.
import { ApiError, get, roles, setToken, token } from "./api.js";
import { el } from "./format.js";
import { renderIncident } from "./incident.js";
import { renderList, updateRow } from "./list.js";
import { onScore, startLive } from "./live.js";

const view = document.getElementById("view");
const message = document.getElementById("message");
const tokenForm = document.getElementById("token-form");
const forget = document.getElementById("token-forget");
let serverOpen = false;
let shown = null; // the incident on screen: { id, version, refresh }

const context = {
  get roles() {
    return roles(serverOpen);
  },
  // An open server takes the analyst's name from the request; a token's subject wins otherwise.
  analystName: () => sessionStorage.getItem("corro.analyst") || "dashboard",
  // A render that finishes after the analyst has gone elsewhere must not draw over the new page.
  showing: () => incidentInHash(),
};

function incidentInHash() {
  const match = location.hash.match(/^#\/incident\/(.+)$/);
  return match ? decodeURIComponent(match[1]) : null;
}

function say(text, isError = false) {
  message.hidden = !text;
  message.textContent = text || "";
  message.classList.toggle("error", isError);
}

async function probe() {
  try {
    await get("/v1/scores", { pageSize: 1 });
    serverOpen = !token();
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      tokenForm.hidden = false;
      say(token() ? `The token was refused: ${error.message}` : "This server requires a bearer token: paste one above (corro token …).", true);
      return false;
    }
    throw error;
  }
}

function showIdentity() {
  const who = document.getElementById("who");
  who.textContent = serverOpen ? "open server (loopback): every role" : `roles: ${context.roles.join(", ") || "none"}`;
  forget.hidden = !token();
}

async function route() {
  say("");
  try {
    const id = incidentInHash();
    if (id !== null) {
      shown = (await renderIncident(view, id, context)) ?? shown;
    } else {
      shown = null;
      await renderList(view);
    }
  } catch (error) {
    say(error.message, true);
    if (error instanceof ApiError && error.status === 404) {
      view.replaceChildren(el("p", {}, "Not found. ", el("a", { href: "#/" }, "Back to the list")));
    }
  }
}

// A listed incident's row is replaced in place; one that is new, or removed, changes which rows
// the list holds, so the list is read again (once for a burst of updates, with its filters).
let listReload;
function showInList(scored) {
  const listed = document.querySelector(`#incident-rows tr[data-incident="${CSS.escape(scored.id)}"]`);
  if (listed && scored.grade !== "removed") {
    updateRow(scored);
  } else if (listed || scored.grade !== "removed") {
    clearTimeout(listReload);
    listReload = setTimeout(() => { if (!shown) { route(); } }, 500);
  }
}

async function start() {
  if (!(await probe())) {
    return;
  }
  showIdentity();
  startLive(document.getElementById("live"));
  onScore((scored) => {
    if (document.getElementById("incident-rows")) {
      showInList(scored);
    }
    if (shown && scored.id === shown.id && Number(scored.version ?? 0) > shown.version) {
      shown.refresh().then((fresh) => { shown = fresh ?? shown; }, (error) => say(error.message, true));
    }
  });
  window.addEventListener("hashchange", route);
  await route();
}

tokenForm.addEventListener("submit", (e) => {
  e.preventDefault();
  setToken(document.getElementById("token-input").value);
  tokenForm.hidden = true;
  start();
});
forget.addEventListener("click", () => {
  setToken("");
  location.reload();
});

start().catch((error) => say(error.message, true));

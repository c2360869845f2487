// HTTP/JSON calls to the suite (gRPC JSON transcoding routes, same origin), with the analyst's
// bearer token from sessionStorage; errors carry the google.rpc.Status message.

const TOKEN_KEY = "corro.token";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value.trim());
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

function headers(extra = {}) {
  const h = { Accept: "application/json", ...extra };
  if (token()) {
    h.Authorization = `Bearer ${token()}`;
  }
  return h;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function call(method, path, params = {}, body = undefined) {
  const response = await fetch(path + query(params), {
    method,
    headers: headers(body === undefined ? {} : { "Content-Type": "application/json" }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    throw new ApiError(response.status, json.message || `${method} ${path}: HTTP ${response.status}`);
  }
  return json;
}

export const get = (path, params) => call("GET", path, params);
export const post = (path, body) => call("POST", path, {}, body);
export const del = (path, params) => call("DELETE", path, params);

/** The pages of a list route up to `limit` items; `more` says the list went on past them. */
export async function upTo(path, field, params, limit) {
  const items = [];
  let pageToken = "";
  do {
    const page = await get(path, { ...params, pageSize: Math.min(500, limit - items.length), pageToken });
    items.push(...(page[field] || []));
    pageToken = page.nextPageToken || "";
  } while (pageToken && items.length < limit);
  return { items, more: pageToken !== "" };
}

/**
 * A server-streaming route read with a fetch stream: transcoding writes one JSON object per
 * message, so the text is cut at each top-level object's closing brace.
 */
export async function stream(path, params, onMessage, signal) {
  const response = await fetch(path + query(params), { headers: headers(), signal });
  if (!response.ok || !response.body) {
    throw new ApiError(response.status, `stream ${path}: HTTP ${response.status}`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let end;
    while ((end = objectEnd(buffer)) > 0) {
      onMessage(JSON.parse(buffer.slice(0, end)));
      buffer = buffer.slice(end).replace(/^[\s,\[\]]+/, "");
    }
  }
}

function objectEnd(text) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") {
        i++;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c === '"') {
      inString = true;
    } else if (c === "{") {
      depth++;
    } else if (c === "}" && --depth === 0) {
      return i + 1;
    }
  }
  return -1;
}

/** The roles of the pasted token (its payload, unchecked: the server decides); all roles when the server is open. */
export function roles(serverOpen) {
  if (!token()) {
    return serverOpen ? ["ingest", "analyst", "reader"] : [];
  }
  try {
    const payload = JSON.parse(atob(token().split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
    const role = payload.role ?? [];
    return Array.isArray(role) ? role : [role];
  } catch {
    return [];
  }
}

export function subject() {
  try {
    return JSON.parse(atob(token().split(".")[1].replace(/-/g, "+").replace(/_/g, "/"))).sub || "";
  } catch {
    return "";
  }
}

// Live updates: one WatchScores stream while the page is open, restarted after a break.
import { stream } from "./api.js";

const listeners = new Set();
let controller;

export function onScore(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function startLive(indicator) {
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const run = async () => {
    while (!signal.aborted) {
      try {
        indicator.textContent = "live: on";
        indicator.className = "live on";
        await stream("/v1/scores:watch", {}, (scored) => listeners.forEach((l) => l(scored)), signal);
      } catch (error) {
        if (signal.aborted) {
          return;
        }
        indicator.textContent = `live: off (${error.message})`;
        indicator.className = "live off";
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  };
  run();
}

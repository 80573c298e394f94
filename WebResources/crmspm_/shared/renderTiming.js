/**
 * Records the latest render's duration after its data arrived (DOM and layout) in `window.crmspm.lastRender`,
 * for the browser tests' perf record.
 * @param {number} items what was rendered (tips, reps)
 * @param {number} ms
 */
export function recordRender(items, ms) {
  const host = /** @type {Window & { crmspm?: { lastRender?: { tips: number, ms: number } } }} */ (window);
  host.crmspm = host.crmspm || {};
  host.crmspm.lastRender = { tips: items, ms };
}

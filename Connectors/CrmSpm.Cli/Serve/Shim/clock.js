// `crmspm demo --serve` pins the page's clock to the demo org's "now" (window.__crmspmNow, in milliseconds, written
// before this file): the panels take "today" from `new Date()`, and the replayed org lives on a fixed date. Time runs
// on from there, so waits (the undo window) still pass. Loaded first in every served HTML page, so the shipped web
// resources stay unchanged. Date's constructor: https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Date/Date
(function () {
  "use strict";
  var RealDate = window.Date;
  if (typeof window.__crmspmNow !== "number" || RealDate.__crmspmPinned) return;
  var shift = window.__crmspmNow - RealDate.now();
  function now() { return RealDate.now() + shift; }
  class PinnedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(now()); else super(...args);
    }
    static now() { return now(); }
  }
  PinnedDate.__crmspmPinned = true;
  window.Date = PinnedDate;
})();

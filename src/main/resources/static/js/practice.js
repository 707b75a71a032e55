// Practice page: a visible timer and keyboard shortcuts 1-4 for the ratings. The page works without it.
(function () {
  function startTimer() {
    var timer = document.getElementById("practice-timer");
    if (!timer || timer.dataset.running) return;
    timer.dataset.running = "1";
    var started = Number(timer.dataset.started) || Date.now();
    var tick = function () {
      if (!document.body.contains(timer)) return;
      var s = Math.max(0, Math.floor((Date.now() - started) / 1000));
      timer.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
      setTimeout(tick, 1000);
    };
    tick();
  }
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "TEXTAREA" || tag === "INPUT" || e.ctrlKey || e.metaKey || e.altKey) return;
    var button = document.querySelector('.rating-buttons button[data-key="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
  document.addEventListener("DOMContentLoaded", startTimer);
  document.addEventListener("htmx:afterSwap", startTimer);
})();

// Practice page: a visible timer and the keyboard. 1-4 rate; Space or Enter reveals the model answer
// (Ctrl+Enter from inside the answer box). The page works without it.
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
  function reveal() {
    var form = document.querySelector("form.reveal-form");
    if (!form) return false;
    // requestSubmit fires the submit event, so htmx (when loaded) swaps the card in place.
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
    return true;
  }
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target.id === "answer") {
      if (reveal()) e.preventDefault();
      return;
    }
    if (tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) return;
    // On a focused link, button or summary, Space and Enter keep their own meaning.
    if ((e.key === " " || e.key === "Enter") && !(e.target.closest && e.target.closest("a, button, summary"))) {
      if (reveal()) e.preventDefault();
      return;
    }
    var button = document.querySelector('.rating-buttons button[data-key="' + e.key + '"]');
    if (button) { e.preventDefault(); button.click(); }
  });
  document.addEventListener("DOMContentLoaded", startTimer);
  document.addEventListener("htmx:afterSwap", startTimer);
})();

// Streams the LLM coach into a checked answer's result. Text is only ever set as textContent:
// whatever the model writes is shown, never interpreted as HTML.
(function () {
  "use strict";

  function start(section) {
    if (section.dataset.started) return;
    section.dataset.started = "true";
    var status = section.querySelector(".coach-status");
    var text = section.querySelector(".coach-text");
    var followUp = section.querySelector(".coach-follow-up");
    var finished = false;
    if (!window.EventSource) {
      status.textContent = "This browser cannot stream the coach's narrative.";
      return;
    }
    var source = new EventSource(section.dataset.coachStream);
    function finish(message) {
      finished = true;
      source.close();
      status.textContent = message || "";
      status.hidden = !message;
    }
    source.addEventListener("delta", function (e) {
      text.textContent += JSON.parse(e.data).text;
    });
    source.addEventListener("coaching", function (e) {
      var coaching = JSON.parse(e.data);
      text.textContent = coaching.narrative;
      if (coaching.followUpQuestion) {
        followUp.querySelector("span").textContent = coaching.followUpQuestion;
        followUp.hidden = false;
      }
      finish("");
    });
    source.addEventListener("fallback", function (e) {
      finish(JSON.parse(e.data).message);
    });
    source.onerror = function () {
      if (!finished) finish("The coach could not be reached; the feedback above stands.");
    };
  }

  function scan() {
    document.querySelectorAll("[data-coach-stream]").forEach(start);
  }

  document.addEventListener("DOMContentLoaded", scan);
  document.addEventListener("htmx:afterSettle", scan);
})();

// Mock interview pages: countdowns to the server's deadlines, increasing autosave revisions,
// dictation through the browser's speech recognition, and printing the report. Every page works
// without this script: the forms post, the times are rendered by the server.
(function () {
  "use strict";

  function format(seconds) {
    var s = Math.abs(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0") + (seconds < 0 ? " over" : " left");
  }

  function startCountdowns() {
    var page = document.querySelector("[data-server-now]");
    var timers = document.querySelectorAll("[data-deadline]");
    if (!page || timers.length === 0) return;
    // The server's clock decides; the browser's may be off by minutes.
    var offset = Number(page.dataset.serverNow) - Date.now();
    var tick = function () {
      var now = Date.now() + offset;
      timers.forEach(function (el) {
        var left = Math.floor((Number(el.dataset.deadline) - now) / 1000);
        el.textContent = format(left);
        el.classList.toggle("over", left < 0);
      });
    };
    tick();
    setInterval(tick, 1000);
  }

  // Each change gets a higher revision than the last one the server kept, so an autosave that
  // arrives late never replaces a newer one.
  function trackRevisions(answer) {
    var revision = document.getElementById("revision");
    if (!answer || !revision) return;
    answer.addEventListener("input", function () {
      revision.value = String(Math.max(Number(revision.value) + 1, Date.now()));
    });
  }

  // A lost connection loses nothing: the status says so and the save is retried until it passes.
  // Refusals (a too long answer, a finished interview) carry a message the status shows.
  function reportAutosaveTrouble(answer) {
    var status = document.getElementById("autosave-status");
    if (!answer || !status) return;
    var retry = null;
    answer.addEventListener("htmx:sendError", function () {
      status.textContent = "Not saved yet: no connection. Retrying; keep this page open.";
      if (!retry) {
        retry = setTimeout(function () {
          retry = null;
          answer.dispatchEvent(new Event("retry-save"));
        }, 3000);
      }
    });
    answer.addEventListener("htmx:beforeSwap", function (event) {
      var code = event.detail.xhr.status;
      if (code === 400 || code === 409) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });
  }

  function setUpDictation(answer) {
    var button = document.getElementById("dictate");
    var help = document.getElementById("dictate-help");
    if (!button || !help || !answer) return;
    var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    if (!Recognition) {
      help.textContent = "Dictation is not available: this browser offers no speech recognition (Chrome, Edge and Safari do). Type your answer instead.";
      return;
    }
    button.disabled = false;
    help.textContent = "Dictate: what you say is added to your answer, which stays editable.";
    var recognition = null;
    var append = function (text) {
      var current = answer.value;
      var spoken = text.trim();
      if (!spoken) return;
      answer.value = current + (current && !/\s$/.test(current) ? " " : "") + spoken;
      answer.dispatchEvent(new Event("input", { bubbles: true }));
    };
    var stopped = function () {
      recognition = null;
      button.textContent = "Dictate";
      button.setAttribute("aria-pressed", "false");
    };
    button.addEventListener("click", function () {
      if (recognition) {
        recognition.stop();
        return;
      }
      recognition = new Recognition();
      recognition.lang = document.documentElement.lang || "en";
      recognition.continuous = true;
      recognition.interimResults = false;
      recognition.onresult = function (event) {
        for (var i = event.resultIndex; i < event.results.length; i++) {
          if (event.results[i].isFinal) append(event.results[i][0].transcript);
        }
      };
      recognition.onerror = function (event) {
        help.textContent = event.error === "not-allowed" || event.error === "service-not-allowed"
          ? "The microphone is blocked for this site: allow it in the browser to dictate, or type."
          : "Dictation stopped (" + event.error + "). Type, or try again.";
      };
      recognition.onend = stopped;
      try {
        recognition.start();
        button.textContent = "Stop dictating";
        button.setAttribute("aria-pressed", "true");
      } catch (e) {
        stopped();
        help.textContent = "Dictation could not start. Type your answer instead.";
      }
    });
  }

  function setUpPrint() {
    var print = document.getElementById("print-report");
    if (!print) return;
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var answer = document.getElementById("answer");
    startCountdowns();
    trackRevisions(answer);
    reportAutosaveTrouble(answer);
    setUpDictation(answer);
    setUpPrint();
  });
})();

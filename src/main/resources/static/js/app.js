// Shared behaviour of every page; each page still works without it.
// 1. htmx never fails silently: the target is aria-busy while a request runs, "Working…" shows after
//    300 ms, and a 4xx, 5xx, timeout or lost connection shows an error in the alert region.
// 2. Forms and buttons with data-confirm ask before an irreversible action.
// 3. Header drop-downs close on Escape, on a click elsewhere, and when another one opens.
// 4. "/" focuses the search box; arrow keys move between the search suggestions.
// 5. Preferences kept in this browser (js/prefs.js applies them before paint): the light/dark toggle
//    and "try first" on question pages.
// 6. Code blocks get syntax colours (highlight.js, served from our own host, loaded only where there
//    is code) and a copy button; [data-copy] buttons copy the text of the element they name.
// 7. A form shown again with errors: its summary (fragments/field.html) takes the focus, so the page
//    opens on it (a long page such as Settings) and screen readers read it first.
(function () {
  "use strict";
  var BUSY_DELAY_MS = 300;
  var running = 0;
  var busyTimer = null;

  function byId(id) { return document.getElementById(id); }

  function showBusy(on) {
    var busy = byId("request-busy");
    if (!busy) return;
    if (on) {
      if (busyTimer == null) {
        busyTimer = setTimeout(function () { busy.hidden = false; }, BUSY_DELAY_MS);
      }
    } else {
      clearTimeout(busyTimer);
      busyTimer = null;
      busy.hidden = true;
    }
  }

  function showError(message) {
    var box = byId("request-error");
    var text = byId("request-error-text");
    if (!box || !text) { window.alert(message); return; }
    text.textContent = message;
    box.hidden = false;
  }

  function hideError() {
    var box = byId("request-error");
    if (box) box.hidden = true;
  }

  function describe(xhr) {
    var status = xhr ? xhr.status : 0;
    if (status === 401 || status === 403) {
      return "You were signed out, or this page is out of date (error " + status + "). Reload the page and try again; your typing on this page is not lost until you reload.";
    }
    if (status === 404) return "That is no longer there (error 404). Reload the page.";
    if (status === 409) return "This changed elsewhere in the meantime (error 409). Reload the page to see its current state.";
    if (status === 413) return "That was too large to send (error 413). Shorten it and try again.";
    if (status === 429) return "Too many requests just now (error 429). Wait a minute and try again.";
    if (status >= 400 && status < 500) return "The server could not accept that (error " + status + "). Check what you entered and try again.";
    if (status >= 500) return "The server failed to answer (error " + status + "). Nothing was lost on this page; try again in a moment.";
    return "Something went wrong. Try again.";
  }

  function target(evt) {
    return (evt.detail && (evt.detail.target || evt.detail.elt)) || evt.target;
  }

  document.addEventListener("htmx:beforeRequest", function (evt) {
    hideError();
    running++;
    var t = target(evt);
    if (t && t.setAttribute) t.setAttribute("aria-busy", "true");
    showBusy(true);
  });

  document.addEventListener("htmx:afterRequest", function (evt) {
    running = Math.max(0, running - 1);
    var t = target(evt);
    if (t && t.removeAttribute) t.removeAttribute("aria-busy");
    if (running === 0) showBusy(false);
  });

  document.addEventListener("htmx:responseError", function (evt) {
    showError(describe(evt.detail && evt.detail.xhr));
  });
  document.addEventListener("htmx:sendError", function () {
    showError("The connection to the server was lost, so that was not saved. Check your connection and try again.");
  });
  document.addEventListener("htmx:timeout", function () {
    showError("The server took too long to answer. Try again in a moment.");
  });
  document.addEventListener("htmx:swapError", function () {
    showError("The page could not show the answer. Reload the page.");
  });

  document.addEventListener("click", function (evt) {
    var dismiss = evt.target.closest && evt.target.closest("[data-dismiss]");
    if (dismiss) {
      var box = byId(dismiss.getAttribute("data-dismiss"));
      if (box) box.hidden = true;
    }
    // A click outside an open header drop-down closes it.
    document.querySelectorAll(".nav-wide details.nav-group[open]").forEach(function (d) {
      if (!d.contains(evt.target)) d.open = false;
    });
  });

  // Capture phase: runs before htmx's own submit handler on the form, so "Cancel" stops both.
  document.addEventListener("submit", function (evt) {
    var form = evt.target;
    var submitter = evt.submitter;
    var message = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      evt.preventDefault();
      evt.stopImmediatePropagation();
    }
  }, true);

  document.addEventListener("toggle", function (evt) {
    var d = evt.target;
    if (!d.matches || !d.matches(".nav-wide details.nav-group") || !d.open) return;
    document.querySelectorAll(".nav-wide details.nav-group[open]").forEach(function (other) {
      if (other !== d) other.open = false;
    });
  }, true);

  function typing(el) {
    var tag = (el && el.tagName) || "";
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (el && el.isContentEditable);
  }

  document.addEventListener("keydown", function (evt) {
    var search = byId("site-search");
    if (evt.key === "/" && search && !typing(evt.target) && !evt.ctrlKey && !evt.metaKey && !evt.altKey) {
      evt.preventDefault();
      search.focus();
      return;
    }
    if ((evt.key === "ArrowDown" || evt.key === "ArrowUp") && search) {
      var links = Array.prototype.slice.call(document.querySelectorAll("#search-suggestions a"));
      if (!links.length) return;
      var at = links.indexOf(document.activeElement);
      if (evt.target !== search && at < 0) return;
      evt.preventDefault();
      if (evt.key === "ArrowDown") {
        links[Math.min(links.length - 1, at + 1)].focus();
      } else if (at <= 0) {
        search.focus();
      } else {
        links[at - 1].focus();
      }
      return;
    }
  });

  document.addEventListener("keydown", function (evt) {
    if (evt.key !== "Escape") return;
    document.querySelectorAll("details.nav-group[open], details.nav-narrow[open]").forEach(function (d) {
      if (d.closest(".nav-narrow") && !d.matches(".nav-narrow")) return;
      d.open = false;
      var summary = d.querySelector("summary");
      if (summary && d.contains(document.activeElement)) summary.focus();
    });
  });

  function readPref(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function writePref(key, value) {
    try {
      if (value == null) window.localStorage.removeItem(key); else window.localStorage.setItem(key, value);
    } catch (e) { /* storage blocked: the choice lasts for this page only */ }
  }

  // Theme: automatic (follows the system) -> dark -> light -> automatic.
  var THEMES = { auto: "Theme: automatic", dark: "Theme: dark", light: "Theme: light" };
  function currentTheme() {
    var t = document.documentElement.getAttribute("data-theme");
    return t === "dark" || t === "light" ? t : "auto";
  }
  var THEME_ICONS = { auto: "\u25D0", dark: "\u263E", light: "\u2600" };
  function showTheme(button) {
    var t = currentTheme();
    button.textContent = "";
    var icon = document.createElement("span");
    icon.className = "theme-icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = THEME_ICONS[t];
    var label = document.createElement("span");
    label.className = "theme-label";
    label.textContent = THEMES[t];
    button.appendChild(icon);
    button.appendChild(label);
    button.setAttribute("aria-label", THEMES[t] + (t === "auto" ? " (follows your system)" : "") + ". Change the theme");
  }
  var themeButton = byId("theme-toggle");
  if (themeButton) {
    showTheme(themeButton);
    themeButton.hidden = false;
    themeButton.addEventListener("click", function () {
      var next = { auto: "dark", dark: "light", light: "auto" }[currentTheme()];
      if (next === "auto") document.documentElement.removeAttribute("data-theme");
      else document.documentElement.setAttribute("data-theme", next);
      writePref("prepstack.theme", next === "auto" ? null : next);
      showTheme(themeButton);
    });
  }

  // Try first: the answer stays folded until the reader opens it. Without script the link reloads
  // the page with ?tryfirst=on, which the server renders folded.
  var reveal = document.querySelector("details.answer-reveal");
  var tryToggle = document.querySelector("[data-try-first-toggle]");
  if (reveal && tryToggle) {
    var tryFirst = /[?&]tryfirst=on(&|$)/.test(window.location.search) || readPref("prepstack.tryFirst") === "on";
    var showTry = function () {
      tryToggle.setAttribute("role", "button");
      tryToggle.setAttribute("aria-pressed", tryFirst ? "true" : "false");
      tryToggle.textContent = tryFirst ? "Try first is on" : "Try first: hide the answer";
    };
    if (tryFirst) reveal.open = false;
    reveal.setAttribute("data-ready", "");
    showTry();
    var flip = function (evt) {
      evt.preventDefault();
      tryFirst = !tryFirst;
      writePref("prepstack.tryFirst", tryFirst ? "on" : null);
      document.documentElement.classList.toggle("try-first", tryFirst);
      reveal.open = !tryFirst;
      if (/[?&]tryfirst=/.test(window.location.search) && window.history.replaceState) {
        window.history.replaceState(null, "", window.location.pathname + window.location.hash);
      }
      showTry();
    };
    tryToggle.addEventListener("click", flip);
    tryToggle.addEventListener("keydown", function (evt) { if (evt.key === " ") flip(evt); });
  }

  // Copying: code blocks and [data-copy="element-id"] buttons.
  function copyText(text, button) {
    var done = function () {
      var label = button.getAttribute("data-label") || button.textContent;
      button.setAttribute("data-label", label);
      button.textContent = "Copied";
      var status = byId("copy-status");
      if (status) status.textContent = "Copied to the clipboard.";
      setTimeout(function () { button.textContent = label; if (status) status.textContent = ""; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* the text stays selectable */ }
    document.body.removeChild(area);
  }
  if (!byId("copy-status")) {
    var status = document.createElement("p");
    status.id = "copy-status";
    status.className = "visually-hidden";
    // A polite live region rather than role="status": the page's own notice stays its one status.
    status.setAttribute("aria-live", "polite");
    document.body.appendChild(status);
  }
  document.addEventListener("click", function (evt) {
    var button = evt.target.closest && evt.target.closest("[data-copy], .copy-code");
    if (!button) return;
    if (button.classList.contains("copy-code")) {
      var code = button.parentNode.querySelector("pre");
      if (code) copyText(code.innerText.replace(/\n$/, ""), button);
      return;
    }
    var source = byId(button.getAttribute("data-copy"));
    if (source) copyText(source.value != null && source.tagName !== "A" ? source.value : (source.href || source.textContent), button);
  });
  document.querySelectorAll("[data-copy]").forEach(function (b) { b.hidden = false; });

  var blocks = document.querySelectorAll(".prose pre > code");
  if (blocks.length) {
    blocks.forEach(function (code) {
      var pre = code.parentNode;
      var box = document.createElement("div");
      box.className = "code-block";
      pre.parentNode.insertBefore(box, pre);
      box.appendChild(pre);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-code";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy this code");
      box.appendChild(button);
    });
    var script = document.createElement("script");
    script.src = "/webjars/highlightjs/11.10.0/highlight.min.js";
    script.onload = function () {
      if (!window.hljs) return;
      blocks.forEach(function (code) {
        var match = /language-([a-z0-9+#-]+)/.exec(code.className);
        if (match && window.hljs.getLanguage(match[1])) window.hljs.highlightElement(code);
      });
    };
    document.head.appendChild(script);
  }

  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
})();

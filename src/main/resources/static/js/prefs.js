// Runs in <head>, before the page paints, so a saved choice never flashes the other way. The choices
// live in this browser only (localStorage): public pages come from a shared cache and carry no one's
// preferences. Theme: "light" or "dark" (none = follow the system). Try first: hide model answers.
(function () {
  "use strict";
  try {
    var root = document.documentElement;
    var theme = window.localStorage.getItem("prepstack.theme");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    if (window.localStorage.getItem("prepstack.tryFirst") === "on") root.classList.add("try-first");
  } catch (e) {
    // Storage blocked: the defaults (system theme, answers shown) apply.
  }
})();

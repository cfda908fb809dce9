// Memoria default theme: dark-mode toggle, table-of-contents state, index language filter.
// Plain script (no modules, no fetch) so it runs from file:// as well as from a server.
(function () {
  "use strict";
  var root = document.documentElement;
  var storageKey = "memoria-theme";

  function systemPrefersDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function currentTheme() {
    return root.dataset.theme || (systemPrefersDark() ? "dark" : "light");
  }

  function remember(theme) {
    try {
      localStorage.setItem(storageKey, theme);
    } catch (e) {
      // Storage can be disabled (privacy settings); the toggle still works for this page.
    }
  }

  function setupThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    var sync = function () {
      button.setAttribute("aria-pressed", currentTheme() === "dark" ? "true" : "false");
    };
    sync();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      remember(next);
      sync();
      document.dispatchEvent(new CustomEvent("memoria:theme", { detail: next }));
    });
  }

  // Wide screens show the contents as a sidebar, so it starts open there.
  function setupToc() {
    var toc = document.querySelector("details.toc");
    if (!toc || !window.matchMedia) return;
    var wide = window.matchMedia("(min-width: 68rem)");
    var apply = function () {
      if (wide.matches) toc.open = true;
    };
    apply();
    if (wide.addEventListener) wide.addEventListener("change", apply);
  }

  // The index lists every note; the filter hides the languages the reader did not pick and keeps
  // the choice in the URL (#lang=es) so it survives reloads and can be linked.
  function setupLanguageFilter() {
    var filter = document.querySelector(".lang-filter");
    if (!filter) return;
    filter.hidden = false;
    var buttons = filter.querySelectorAll("button[data-lang]");
    var apply = function (lang) {
      buttons.forEach(function (b) {
        b.setAttribute("aria-pressed", b.dataset.lang === lang ? "true" : "false");
      });
      document.querySelectorAll("[data-lang]").forEach(function (el) {
        if (el.tagName === "BUTTON") return;
        el.hidden = lang !== "" && el.dataset.lang !== lang;
      });
    };
    var fromHash = function () {
      var match = /(?:^#|&)lang=([a-zA-Z-]+)/.exec(location.hash);
      var lang = match ? match[1] : "";
      var known = Array.prototype.some.call(buttons, function (b) {
        return b.dataset.lang === lang;
      });
      return known ? lang : "";
    };
    buttons.forEach(function (b) {
      b.addEventListener("click", function () {
        apply(b.dataset.lang);
        history.replaceState(null, "", b.dataset.lang ? "#lang=" + b.dataset.lang : location.pathname + location.search);
      });
    });
    apply(fromHash());
  }

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    setupThemeToggle();
    setupToc();
    setupLanguageFilter();
  });
})();

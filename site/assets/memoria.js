// Memoria default theme: dark-mode toggle, table-of-contents state, index language filter, and
// the stepper of memory figures.
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

  // A memory figure lists every step (the filmstrip, which works without script); this turns it
  // into a stepper that shows one step at a time. It only toggles `hidden` on steps that are
  // already drawn: no geometry is computed here.
  function setupMemoryFigure(figure) {
    var steps = figure.querySelectorAll(".memsim-step");
    var controls = figure.querySelector(".memsim-controls");
    if (!steps.length || !controls) return;
    var prev = controls.querySelector(".memsim-prev");
    var next = controls.querySelector(".memsim-next");
    var slider = controls.querySelector(".memsim-slider");
    var count = controls.querySelector(".memsim-count");
    var all = controls.querySelector(".memsim-all");
    var lines = figure.querySelectorAll(".memsim-line");
    var badges = figure.querySelectorAll(".memsim-badge");
    var total = steps.length;
    var current = 1;
    var showingAll = false;

    function show(n, fromReader) {
      current = Math.min(total, Math.max(1, n));
      var step = steps[current - 1];
      steps.forEach(function (s, i) {
        s.hidden = !showingAll && i !== current - 1;
      });
      slider.value = String(current);
      count.textContent = count.dataset.format
        .replace("{0}", String(current))
        .replace("{1}", String(total));
      prev.disabled = current === 1;
      next.disabled = current === total;
      lines.forEach(function (line) {
        line.classList.toggle("memsim-current", line.dataset.line === step.dataset.line);
      });
      badges.forEach(function (badge) {
        if (badge.dataset.step === String(current)) badge.setAttribute("aria-current", "step");
        else badge.removeAttribute("aria-current");
      });
      if (fromReader) history.replaceState(null, "", "#" + step.id);
    }

    function stepFromHash() {
      var id = decodeURIComponent(location.hash.slice(1));
      for (var i = 0; i < total; i++) if (steps[i].id === id) return i + 1;
      return 0;
    }

    controls.hidden = false;
    figure.classList.add("memsim-stepping");
    figure.tabIndex = 0;
    prev.addEventListener("click", function () {
      show(current - 1, true);
    });
    next.addEventListener("click", function () {
      show(current + 1, true);
    });
    slider.addEventListener("input", function () {
      show(parseInt(slider.value, 10), true);
    });
    all.addEventListener("click", function () {
      showingAll = !showingAll;
      all.setAttribute("aria-pressed", showingAll ? "true" : "false");
      figure.classList.toggle("memsim-stepping", !showingAll);
      show(current, false);
    });
    badges.forEach(function (badge) {
      badge.addEventListener("click", function (event) {
        if (showingAll) return;
        event.preventDefault();
        show(parseInt(badge.dataset.step, 10), true);
      });
    });
    figure.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // The slider moves itself with the arrow keys and reports it as input.
      if (event.target === slider) return;
      var to = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 1, End: total }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      show(to, true);
    });
    window.addEventListener("hashchange", function () {
      var n = stepFromHash();
      if (n) show(n, false);
    });
    show(stepFromHash() || parseInt(figure.dataset.open, 10) || 1, false);
  }

  function setupMemoryFigures() {
    document.querySelectorAll("figure.memsim").forEach(setupMemoryFigure);
  }

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    setupThemeToggle();
    setupToc();
    setupLanguageFilter();
    setupMemoryFigures();
  });
})();

// Renders the TeX of .math elements with the KaTeX copy that the build put next to this file.
(function () {
  "use strict";
  function render() {
    if (!window.katex) return;
    document.querySelectorAll(".math").forEach(function (el) {
      var display = el.classList.contains("math-display");
      try {
        window.katex.render(el.textContent, el, { displayMode: display, throwOnError: false, trust: false });
      } catch (e) {
        el.classList.add("math-error");
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  else render();
})();

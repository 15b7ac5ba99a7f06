// Starts Pagefind's search UI on the search page. A separate file, because the site's
// Content-Security-Policy allows scripts from the site itself only (no inline scripts).
(function () {
  "use strict";
  var root = document.getElementById("search");
  var help = document.getElementById("search-help");
  if (!root || typeof PagefindUI === "undefined" || location.protocol === "file:") {
    return;
  }
  // Pagefind stores URLs from the site root; the site may live under a sub-path.
  var base = new URL(root.getAttribute("data-base") || "../", location.href).pathname;
  new PagefindUI({
    element: "#search",
    baseUrl: base,
    showSubResults: false,
    showImages: false,
    resetStyles: false
  });
  // Pagefind's input has only a title; give it a visible label (WCAG 2.5.3, axe label-title-only).
  var input = root.querySelector("input");
  if (input) {
    input.id = "search-input";
    var label = document.createElement("label");
    label.htmlFor = "search-input";
    label.className = "search-label";
    label.textContent = "Search every article";
    root.insertBefore(label, root.firstChild);
  }
  if (help) {
    help.hidden = true;
  }
})();

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
    bundlePath: root.getAttribute("data-bundle") || "../pagefind/",
    baseUrl: base,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    autofocus: true
  });
  if (help) {
    help.hidden = true;
  }
})();

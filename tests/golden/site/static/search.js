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
  var bundles = base + "pagefind/";
  // The index is made in shards (pagefind/<shard>/, listed in pagefind/shards.json): the first
  // is loaded, the others merged into it, so one search covers every article.
  fetch(bundles + "shards.json")
    .then(function (response) {
      if (!response.ok) {
        throw new Error("no search index: " + response.status);
      }
      return response.json();
    })
    .then(function (manifest) {
      var names = Object.keys(manifest.shards || {}).sort();
      if (!names.length) {
        return;
      }
      new PagefindUI({
        element: "#search",
        bundlePath: bundles + names[0] + "/",
        mergeIndex: names.slice(1).map(function (name) {
          return { bundlePath: bundles + name + "/", baseUrl: base };
        }),
        baseUrl: base,
        showSubResults: false,
        showImages: false,
        resetStyles: false
      });
      label();
      if (help) {
        help.hidden = true;
      }
    })
    .catch(function (error) {
      if (window.console) {
        console.error(error);
      }
    });

  // Pagefind's input has only a title; give it a visible label (WCAG 2.5.3, axe label-title-only).
  function label() {
    var input = root.querySelector("input");
    if (input) {
      input.id = "search-input";
      var text = document.createElement("label");
      text.htmlFor = "search-input";
      text.className = "search-label";
      text.textContent = "Search every article";
      root.insertBefore(text, root.firstChild);
    }
  }
})();

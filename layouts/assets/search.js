// The search page: starts Pagefind's default UI (loaded just before this script) with its filters,
// where the page says the index is (data-bundle, with the site's path prefix) and what result links
// start with (data-base), then runs the search the header form sent as `?q=`. Plain script, no build.
(() => {
  const element = document.getElementById("search");
  if (element === null || typeof PagefindUI !== "function") return;
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: element.dataset.bundle,
    baseUrl: element.dataset.base,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    openFilters: ["tag", "category", "year"],
    autofocus: true,
  });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query !== null && query.trim() !== "") ui.triggerSearch(query);
})();

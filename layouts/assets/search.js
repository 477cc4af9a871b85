// The search page: starts Pagefind's default UI (loaded just before this script) with its filters,
// where the page says the index is (data-bundle, with the site's path prefix) and what result links
// start with (data-base), then runs the search the header form sent as `?q=`. Plain script, no build.
//
// A large site's index is in parts, each an index of its own (the posts of some years): the index
// folder's parts.json lists them, newest first, with their languages. The UI searches the first part
// that has the page's language and merges in the others that have it (Pagefind's `mergeIndex`). Where
// none has it (a language with no page indexed), the newest part alone, in which Pagefind searches
// its largest language: never several parts each in a language of its own. parts.json changes with
// the site, so it is asked for again each time (revalidated); without it, the folder is one part.
(async () => {
  const element = document.getElementById("search");
  if (element === null || typeof PagefindUI !== "function") return;
  const bundle = element.dataset.bundle;
  let parts = [{ path: "", languages: [] }];
  try {
    const response = await fetch(`${bundle}parts.json`, { cache: "no-cache" });
    if (response.ok) {
      const listed = (await response.json()).parts;
      if (Array.isArray(listed) && listed.length > 0) parts = listed;
    }
  } catch {
    // No list: the index folder is the whole index.
  }
  const language = (document.documentElement.lang || "").toLowerCase();
  const hasLanguage = (part) =>
    part.languages.some((l) => {
      const own = String(l).toLowerCase();
      return own === language || own === language.split("-")[0];
    });
  const matching = parts.filter(hasLanguage);
  const [first, ...others] = matching.length > 0 ? matching : parts.slice(0, 1);
  const ui = new PagefindUI({
    element: "#search",
    bundlePath: `${bundle}${first.path}`,
    mergeIndex: others.map((part) => ({ bundlePath: `${bundle}${part.path}` })),
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

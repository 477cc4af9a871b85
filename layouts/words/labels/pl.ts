// Polish labels (see en.ts for what each one is for).
// Pagination and archive arrows keep « and »: Polish quotes with „…”, so they read as arrows.
// Names and dates that would need declining after a preposition follow a colon instead
// ("Archiwum: marzec 2024", "Wpisy: Anna Nowak"), since the views fill them in the nominative.
import type { Labels } from "./en.ts";

export const pl: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Bez kategorii",
  skipLink: "Przejdź do treści",
  siteNavigation: "Witryna",
  navHome: "Strona główna",
  navArchives: "Archiwum",
  navTags: "Tagi",
  navCategories: "Kategorie",
  navAuthors: "Autorzy",
  navSearch: "Szukaj",
  searchFormLabel: "Przeszukaj wpisy",
  searchPlaceholder: "Szukaj we wpisach",
  searchButton: "Szukaj",
  sidebarLabel: "Więcej w tej witrynie",
  recentPosts: "Ostatnie wpisy",
  sidebarCategories: "Kategorie",
  allCategories: "Wszystkie kategorie",
  sidebarArchives: "Archiwum",
  everyMonth: "Wszystkie miesiące",
  sidebarTags: "Tagi",
  allTags: "Wszystkie tagi",
  footerAllPosts: "Wszystkie wpisy według daty",
  footerSubscribe: "Subskrybuj (kanał Atom)",
  breadcrumbs: "Ścieżka nawigacji",
  languagesNav: "Języki",
  otherLanguages: "W innych językach:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Najnowsze wpisy",
  tagHeading: "Wpisy z tagiem „{name}”",
  categoryHeading: "Archiwum kategorii „{name}”",
  authorHeading: "Wpisy: {name}",
  yearHeading: "Archiwum z roku {date}",
  monthHeading: "Archiwum: {date}",
  dayHeading: "Archiwum z dnia {date}",
  pageOfTotal: "{heading} (strona {number} z {total})",
  pageNumber: "Strona {number}",
  headingPage: " – strona {number}",
  noPosts: "Nie ma jeszcze żadnych wpisów.",
  noTerms: "Jeszcze nic tu nie ma.",
  pagination: "Strony",
  olderPosts: "« Starsze wpisy",
  newerPosts: "Nowsze wpisy »",
  paginationPage: "Strona ",
  neighbouringArchives: "Sąsiednie archiwa",
  olderArchive: "« {name}",
  newerArchive: "{name} »",
  continueReading: "Czytaj dalej",
  continueReadingTitle: " „{title}”",

  // A post
  tagsLine: "Tagi:",
  postedIn: "Kategorie:",
  byAuthor: "autor: {name}",
  postNavigation: "Starsze i nowsze wpisy",
  olderPost: "Starszy wpis",
  newerPost: "Nowszy wpis",
  relatedPosts: "Podobne wpisy",
  draft: "Szkic, nieopublikowany",
  scheduled: "Zaplanowany: ukaże się przy pierwszym budowaniu witryny po",
  updatedOn: "Zaktualizowano {date}",
  readingTime: {
    one: "{count} minuta czytania",
    few: "{count} minuty czytania",
    many: "{count} minut czytania",
    other: "{count} minuty czytania",
  },
  tableOfContents: "Spis treści",
  headingAnchor: "Link do tej sekcji",
  footnotes: "Przypisy",
  footnoteBack: "Powrót do tekstu",

  // Index pages
  archivesTitle: "Archiwum",
  tagsTitle: "Tagi",
  categoriesTitle: "Kategorie",
  authorsTitle: "Autorzy",

  // The 404 page
  notFoundTitle: "Nie znaleziono strony",
  notFoundText:
    "Pod tym adresem nie ma żadnej strony. Mogła zostać przeniesiona albo w linku jest literówka.",
  notFoundLatest: "Najnowsze wpisy",
  notFoundMonths: "Wszystkie wpisy według miesięcy",
  notFoundTags: "Wszystkie tagi",

  // The search page
  searchTitle: "Wyszukiwanie",
  searchBrowse: "przeglądać wpisy według {months}, {tags} lub {categories}",
  searchBrowseMonths: "miesięcy",
  searchBrowseTags: "tagów",
  searchBrowseCategories: "kategorii",
  searchInPreview:
    "Wyszukiwanie nie działa w podglądzie: jego indeks powstaje dopiero podczas budowania witryny. Do tego czasu możesz {browse}.",
  searchNeedsScript: "Wyszukiwanie działa w przeglądarce i wymaga JavaScriptu. Bez niego możesz {browse}.",

  // Redirect pages
  movedTitle: "Strona przeniesiona",
  movedHeading: "Ta strona została przeniesiona",
  movedText: "Znajduje się teraz pod adresem {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} wpis", few: "{count} wpisy", many: "{count} wpisów", other: "{count} wpisu" },
  calendar: "Kalendarz: {month}",
  previousMonth: "« {month}",
  nextMonth: "{month} »",
  onThisDayTitle: "Tego dnia: {day}",
  onThisDayLink: "{day} w innych latach",
  onThisDayYear: "{year}",

  // Comments
  comments: {
    one: "{count} komentarz",
    few: "{count} komentarze",
    many: "{count} komentarzy",
    other: "{count} komentarza",
  },
  commentsOff: "Komentarze wyłączone",
  commentBy: "{name}, {date}",
  commentReplyTo: "Odpowiedź na komentarz: {name}",
  commentAnonymous: "Anonim",
  commentsFeedTitle: "Komentarze do {site}",
  commentFeedItem: "Komentarz do {title} od {name}",

  // Translations
  translations: "Ten wpis w innych językach",
  readIn: "Czytaj w języku: {language}",
};

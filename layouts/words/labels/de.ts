// German labels (see en.ts for what each one is for).
// Pagination and archive arrows keep « and »: German quotes with „…“ (or »…« in print, facing the
// other way), so a lone « before a link reads as an arrow, as on most German blogs.
import type { Labels } from "./en.ts";

export const de: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Allgemein",
  skipLink: "Zum Inhalt springen",
  siteNavigation: "Website",
  navHome: "Startseite",
  navArchives: "Archiv",
  navTags: "Schlagwörter",
  navCategories: "Kategorien",
  navAuthors: "Autoren",
  navSearch: "Suche",
  searchFormLabel: "Beiträge durchsuchen",
  searchPlaceholder: "In Beiträgen suchen",
  searchButton: "Suchen",
  sidebarLabel: "Mehr auf dieser Website",
  recentPosts: "Aktuelle Beiträge",
  sidebarCategories: "Kategorien",
  allCategories: "Alle Kategorien",
  sidebarArchives: "Archiv",
  everyMonth: "Alle Monate",
  sidebarTags: "Schlagwörter",
  allTags: "Alle Schlagwörter",
  footerAllPosts: "Alle Beiträge nach Datum",
  footerSubscribe: "Abonnieren (Atom-Feed)",
  breadcrumbs: "Pfadnavigation",
  languagesNav: "Sprachen",
  otherLanguages: "In anderen Sprachen:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Neueste Beiträge",
  tagHeading: "Beiträge mit dem Schlagwort „{name}“",
  categoryHeading: "Beiträge in der Kategorie „{name}“",
  authorHeading: "Beiträge von {name}",
  yearHeading: "Beiträge aus dem Jahr {date}",
  monthHeading: "Beiträge aus dem {date}",
  dayHeading: "Beiträge vom {date}",
  pageOfTotal: "{heading} (Seite {number} von {total})",
  pageNumber: "Seite {number}",
  headingPage: " – Seite {number}",
  noPosts: "Noch keine Beiträge.",
  noTerms: "Noch keine.",
  pagination: "Seiten",
  olderPosts: "« Ältere Beiträge",
  newerPosts: "Neuere Beiträge »",
  paginationPage: "Seite ",
  neighbouringArchives: "Benachbarte Archive",
  olderArchive: "« {name}",
  newerArchive: "{name} »",
  continueReading: "Weiterlesen",
  continueReadingTitle: " „{title}“",

  // A post
  tagsLine: "Schlagwörter:",
  postedIn: "Abgelegt unter",
  byAuthor: "von {name}",
  postNavigation: "Ältere und neuere Beiträge",
  olderPost: "Älterer Beitrag",
  newerPost: "Neuerer Beitrag",
  relatedPosts: "Ähnliche Beiträge",
  draft: "Entwurf, nicht veröffentlicht",
  scheduled: "Geplant: erscheint mit dem ersten Build nach dem",
  updatedOn: "Aktualisiert am {date}",
  readingTime: { one: "{count} Minute Lesezeit", other: "{count} Minuten Lesezeit" },
  tableOfContents: "Inhalt",
  headingAnchor: "Link zu diesem Abschnitt",
  footnotes: "Fußnoten",
  footnoteBack: "Zurück zum Text",

  // Index pages
  archivesTitle: "Archiv",
  tagsTitle: "Schlagwörter",
  categoriesTitle: "Kategorien",
  authorsTitle: "Autoren",

  // The 404 page
  notFoundTitle: "Seite nicht gefunden",
  notFoundText:
    "Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.",
  notFoundLatest: "Die neuesten Beiträge",
  notFoundMonths: "Alle Beiträge nach Monat",
  notFoundTags: "Alle Schlagwörter",

  // The search page
  searchTitle: "Suche",
  searchBrowse: "die Beiträge nach {months}, {tags} oder {categories} durchsehen",
  searchBrowseMonths: "Monat",
  searchBrowseTags: "Schlagwort",
  searchBrowseCategories: "Kategorie",
  searchInPreview:
    "In der Vorschau gibt es keine Suche: Der Suchindex entsteht erst, wenn die Website gebaut wird. Bis dahin können Sie {browse}.",
  searchNeedsScript:
    "Die Suche läuft in Ihrem Browser und braucht JavaScript. Ohne JavaScript können Sie {browse}.",

  // Redirect pages
  movedTitle: "Umgezogen",
  movedHeading: "Diese Seite ist umgezogen",
  movedText: "Sie ist jetzt unter {link} zu finden.",

  // Calendar and "on this day"
  postCount: { one: "{count} Beitrag", other: "{count} Beiträge" },
  calendar: "Kalender für {month}",
  previousMonth: "« {month}",
  nextMonth: "{month} »",
  onThisDayTitle: "An diesem Tag: {day}",
  onThisDayLink: "Mehr vom {day} aus anderen Jahren",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} Kommentar", other: "{count} Kommentare" },
  commentsOff: "Kommentare geschlossen",
  commentBy: "{name} am {date}",
  commentReplyTo: "Antwort an {name}",
  commentAnonymous: "Anonym",
  commentsFeedTitle: "Kommentare zu {site}",
  commentFeedItem: "Kommentar zu {title} von {name}",

  // Translations
  translations: "Dieser Beitrag in anderen Sprachen",
  readIn: "Auf {language} lesen",
};

// Dutch labels (see en.ts for what each one is for).
// Same as English, correctly: navHome ("Home", what Dutch sites call their start page), navTags,
// sidebarTags and tagsTitle ("Tags", the usual Dutch word on blogs), tagsLine ("Tags:").
// Pagination and archive arrows keep « and »: Dutch does not quote with guillemets, so they read as
// arrows.
import type { Labels } from "./en.ts";

export const nl: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Zonder categorie",
  skipLink: "Naar de inhoud",
  siteNavigation: "Website",
  navHome: "Home",
  navArchives: "Archief",
  navTags: "Tags",
  navCategories: "Categorieën",
  navAuthors: "Auteurs",
  navSearch: "Zoeken",
  searchFormLabel: "Zoeken in de berichten",
  searchPlaceholder: "Berichten doorzoeken",
  searchButton: "Zoeken",
  sidebarLabel: "Meer op deze website",
  recentPosts: "Recente berichten",
  sidebarCategories: "Categorieën",
  allCategories: "Alle categorieën",
  sidebarArchives: "Archief",
  everyMonth: "Alle maanden",
  sidebarTags: "Tags",
  allTags: "Alle tags",
  footerAllPosts: "Alle berichten op datum",
  footerSubscribe: "Abonneren (Atom-feed)",
  breadcrumbs: "Kruimelpad",
  languagesNav: "Talen",
  otherLanguages: "In andere talen:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Nieuwste berichten",
  tagHeading: "Berichten met de tag ‘{name}’",
  categoryHeading: "Archief van de categorie ‘{name}’",
  authorHeading: "Berichten van {name}",
  yearHeading: "Archief van {date}",
  monthHeading: "Archief van {date}",
  dayHeading: "Archief van {date}",
  pageOfTotal: "{heading} (pagina {number} van {total})",
  pageNumber: "Pagina {number}",
  headingPage: " – pagina {number}",
  noPosts: "Nog geen berichten.",
  noTerms: "Nog niets.",
  pagination: "Pagina’s",
  olderPosts: "« Oudere berichten",
  newerPosts: "Nieuwere berichten »",
  paginationPage: "Pagina ",
  neighbouringArchives: "Aangrenzende archieven",
  olderArchive: "« {name}",
  newerArchive: "{name} »",
  continueReading: "Verder lezen",
  continueReadingTitle: " ‘{title}’",

  // A post
  tagsLine: "Tags:",
  postedIn: "Geplaatst in",
  byAuthor: "door {name}",
  postNavigation: "Vorige en volgende berichten",
  olderPost: "Vorig bericht",
  newerPost: "Volgend bericht",
  relatedPosts: "Gerelateerde berichten",
  draft: "Concept, niet gepubliceerd",
  scheduled: "Ingepland: verschijnt bij de eerste build van de site na",
  updatedOn: "Bijgewerkt op {date}",
  readingTime: { one: "{count} minuut leestijd", other: "{count} minuten leestijd" },
  tableOfContents: "Inhoud",
  headingAnchor: "Link naar dit gedeelte",
  footnotes: "Voetnoten",
  footnoteBack: "Terug naar de tekst",

  // Index pages
  archivesTitle: "Archief",
  tagsTitle: "Tags",
  categoriesTitle: "Categorieën",
  authorsTitle: "Auteurs",

  // The 404 page
  notFoundTitle: "Pagina niet gevonden",
  notFoundText:
    "Op dit adres staat geen pagina. Misschien is ze verplaatst, of zit er een typfout in de link.",
  notFoundLatest: "De nieuwste berichten",
  notFoundMonths: "Alle berichten per maand",
  notFoundTags: "Alle tags",

  // The search page
  searchTitle: "Zoeken",
  searchBrowse: "door de berichten bladeren per {months}, per {tags} of per {categories}",
  searchBrowseMonths: "maand",
  searchBrowseTags: "tag",
  searchBrowseCategories: "categorie",
  searchInPreview:
    "Zoeken werkt niet in de voorvertoning: de zoekindex wordt pas gemaakt als de site wordt gebouwd. Tot die tijd kun je {browse}.",
  searchNeedsScript:
    "Zoeken gebeurt in je browser en daarvoor is JavaScript nodig. Zonder JavaScript kun je {browse}.",

  // Redirect pages
  movedTitle: "Verplaatst",
  movedHeading: "Deze pagina is verplaatst",
  movedText: "De pagina staat nu op {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} bericht", other: "{count} berichten" },
  calendar: "Kalender van {month}",
  previousMonth: "« {month}",
  nextMonth: "{month} »",
  onThisDayTitle: "Op deze dag: {day}",
  onThisDayLink: "Meer van {day} uit andere jaren",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} reactie", other: "{count} reacties" },
  commentsOff: "Reageren is niet mogelijk",
  commentBy: "{name} op {date}",
  commentReplyTo: "Antwoord aan {name}",
  commentAnonymous: "Anoniem",
  commentsFeedTitle: "Reacties op {site}",
  commentFeedItem: "Reactie op {title} door {name}",

  // Translations
  translations: "Dit bericht in andere talen",
  readIn: "Lees in het {language}",
};

// French labels (see en.ts for what each one is for).
// Same as English, correctly: siteNavigation ("Site"), navArchives, sidebarArchives and archivesTitle
// ("Archives"), pagination ("Pages"), pageNumber ("Page {number}") and paginationPage ("Page ").
// Arrows: « and » are quotation marks in French, so a lone « before “Articles plus anciens” would read
// as an opening quote; pagination, archive and calendar links use ← and → instead.
// Non-breaking spaces (\u00a0) go before “:” and inside « … », as French typography wants.
import type { Labels } from "./en.ts";

export const fr: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Non classé",
  skipLink: "Aller au contenu",
  siteNavigation: "Site",
  navHome: "Accueil",
  navArchives: "Archives",
  navTags: "Mots-clés",
  navCategories: "Catégories",
  navAuthors: "Auteurs",
  navSearch: "Recherche",
  searchFormLabel: "Rechercher dans les articles",
  searchPlaceholder: "Rechercher des articles",
  searchButton: "Rechercher",
  sidebarLabel: "À découvrir sur ce site",
  recentPosts: "Articles récents",
  sidebarCategories: "Catégories",
  allCategories: "Toutes les catégories",
  sidebarArchives: "Archives",
  everyMonth: "Tous les mois",
  sidebarTags: "Mots-clés",
  allTags: "Tous les mots-clés",
  footerAllPosts: "Tous les articles par date",
  footerSubscribe: "S’abonner (flux Atom)",
  breadcrumbs: "Fil d’Ariane",
  languagesNav: "Langues",
  otherLanguages: "Dans d’autres langues\u00a0:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Derniers articles",
  tagHeading: "Articles avec le mot-clé «\u00a0{name}\u00a0»",
  categoryHeading: "Archives de la catégorie «\u00a0{name}\u00a0»",
  authorHeading: "Articles de {name}",
  yearHeading: "Archives de l’année {date}",
  monthHeading: "Archives du mois de {date}",
  dayHeading: "Archives du {date}",
  pageOfTotal: "{heading} (page {number} sur {total})",
  pageNumber: "Page {number}",
  headingPage: " – page {number}",
  noPosts: "Aucun article pour l’instant.",
  noTerms: "Rien pour l’instant.",
  pagination: "Pages",
  olderPosts: "← Articles plus anciens",
  newerPosts: "Articles plus récents →",
  paginationPage: "Page ",
  neighbouringArchives: "Archives voisines",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "Lire la suite",
  continueReadingTitle: " de «\u00a0{title}\u00a0»",

  // A post
  tagsLine: "Mots-clés\u00a0:",
  postedIn: "Publié dans",
  byAuthor: "par {name}",
  postNavigation: "Articles précédent et suivant",
  olderPost: "Article précédent",
  newerPost: "Article suivant",
  relatedPosts: "Articles similaires",
  draft: "Brouillon, non publié",
  scheduled: "Programmé\u00a0: publié lors de la première génération du site après le",
  updatedOn: "Mis à jour le {date}",
  readingTime: {
    one: "{count} minute de lecture",
    many: "{count} minutes de lecture",
    other: "{count} minutes de lecture",
  },
  tableOfContents: "Sommaire",
  headingAnchor: "Lien vers cette section",
  footnotes: "Notes",
  footnoteBack: "Retour au texte",

  // Index pages
  archivesTitle: "Archives",
  tagsTitle: "Mots-clés",
  categoriesTitle: "Catégories",
  authorsTitle: "Auteurs",

  // The 404 page
  notFoundTitle: "Page introuvable",
  notFoundText:
    "Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.",
  notFoundLatest: "Les derniers articles",
  notFoundMonths: "Tous les articles, mois par mois",
  notFoundTags: "Tous les mots-clés",

  // The search page
  searchTitle: "Recherche",
  searchBrowse: "parcourez les articles par {months}, par {tags} ou par {categories}",
  searchBrowseMonths: "mois",
  searchBrowseTags: "mot-clé",
  searchBrowseCategories: "catégorie",
  searchInPreview:
    "La recherche n’est pas disponible dans l’aperçu\u00a0: son index est créé lors de la génération du site. En attendant, {browse}.",
  searchNeedsScript:
    "La recherche fonctionne dans votre navigateur et nécessite JavaScript. Sans JavaScript, {browse}.",

  // Redirect pages
  movedTitle: "Page déplacée",
  movedHeading: "Cette page a été déplacée",
  movedText: "Elle se trouve désormais à l’adresse {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} article", many: "{count} d’articles", other: "{count} articles" },
  calendar: "Calendrier de {month}",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "Le {day} au fil des ans",
  onThisDayLink: "Le {day} des autres années",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} commentaire", many: "{count} commentaires", other: "{count} commentaires" },
  commentsOff: "Commentaires fermés",
  commentBy: "{name}, le {date}",
  commentReplyTo: "En réponse à {name}",
  commentAnonymous: "Anonyme",
  commentsFeedTitle: "Commentaires sur {site}",
  commentFeedItem: "Commentaire sur {title} par {name}",

  // Translations
  translations: "Cet article dans d’autres langues",
  readIn: "Lire en {language}",
};

// Italian labels (see en.ts for what each one is for).
// Arrows: « and » are the usual quotation marks in Italian, so a lone « would read as an opening
// quote; pagination, archive and calendar links use ← and →.
import type { Labels } from "./en.ts";

export const it: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Senza categoria",
  skipLink: "Vai al contenuto",
  siteNavigation: "Sito",
  navHome: "Pagina iniziale",
  navArchives: "Archivio",
  navTags: "Tag",
  navCategories: "Categorie",
  navAuthors: "Autori",
  navSearch: "Cerca",
  searchFormLabel: "Cerca negli articoli",
  searchPlaceholder: "Cerca articoli",
  searchButton: "Cerca",
  sidebarLabel: "Altro su questo sito",
  recentPosts: "Articoli recenti",
  sidebarCategories: "Categorie",
  allCategories: "Tutte le categorie",
  sidebarArchives: "Archivio",
  everyMonth: "Tutti i mesi",
  sidebarTags: "Tag",
  allTags: "Tutti i tag",
  footerAllPosts: "Tutti gli articoli per data",
  footerSubscribe: "Iscriviti (feed Atom)",
  breadcrumbs: "Percorso di navigazione",
  languagesNav: "Lingue",
  otherLanguages: "In altre lingue:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Ultimi articoli",
  tagHeading: "Articoli con il tag «{name}»",
  categoryHeading: "Archivio della categoria «{name}»",
  authorHeading: "Articoli di {name}",
  yearHeading: "Archivio del {date}",
  monthHeading: "Archivio di {date}",
  dayHeading: "Archivio del {date}",
  pageOfTotal: "{heading} (pagina {number} di {total})",
  pageNumber: "Pagina {number}",
  headingPage: " – pagina {number}",
  noPosts: "Ancora nessun articolo.",
  noTerms: "Per ora niente.",
  pagination: "Pagine",
  olderPosts: "← Articoli meno recenti",
  newerPosts: "Articoli più recenti →",
  paginationPage: "Pagina ",
  neighbouringArchives: "Archivi adiacenti",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "Continua a leggere",
  continueReadingTitle: " «{title}»",

  // A post
  tagsLine: "Tag:",
  postedIn: "Pubblicato in",
  byAuthor: "di {name}",
  postNavigation: "Articoli precedente e successivo",
  olderPost: "Articolo precedente",
  newerPost: "Articolo successivo",
  relatedPosts: "Articoli correlati",
  draft: "Bozza, non pubblicata",
  scheduled: "Programmato: sarà pubblicato alla prima generazione del sito dopo il",
  updatedOn: "Aggiornato il {date}",
  readingTime: {
    one: "{count} minuto di lettura",
    many: "{count} minuti di lettura",
    other: "{count} minuti di lettura",
  },
  tableOfContents: "Indice",
  headingAnchor: "Link a questa sezione",
  footnotes: "Note",
  footnoteBack: "Torna al testo",

  // Index pages
  archivesTitle: "Archivio",
  tagsTitle: "Tag",
  categoriesTitle: "Categorie",
  authorsTitle: "Autori",

  // The 404 page
  notFoundTitle: "Pagina non trovata",
  notFoundText:
    "Non c’è nessuna pagina a questo indirizzo. Potrebbe essere stata spostata, oppure il link contiene un errore di battitura.",
  notFoundLatest: "Gli ultimi articoli",
  notFoundMonths: "Tutti gli articoli, mese per mese",
  notFoundTags: "Tutti i tag",

  // The search page
  searchTitle: "Ricerca",
  searchBrowse: "sfogliare gli articoli per {months}, per {tags} o per {categories}",
  searchBrowseMonths: "mese",
  searchBrowseTags: "tag",
  searchBrowseCategories: "categoria",
  searchInPreview:
    "La ricerca non è disponibile nell’anteprima: il suo indice viene creato quando si genera il sito. Nel frattempo puoi {browse}.",
  searchNeedsScript:
    "La ricerca funziona nel tuo browser e richiede JavaScript. Senza JavaScript puoi {browse}.",

  // Redirect pages
  movedTitle: "Pagina spostata",
  movedHeading: "Questa pagina è stata spostata",
  movedText: "Ora si trova all’indirizzo {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} articolo", many: "{count} di articoli", other: "{count} articoli" },
  calendar: "Calendario di {month}",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "Il {day} negli anni",
  onThisDayLink: "Il {day} negli altri anni",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} commento", many: "{count} commenti", other: "{count} commenti" },
  commentsOff: "Commenti chiusi",
  commentBy: "{name} il {date}",
  commentReplyTo: "In risposta a {name}",
  commentAnonymous: "Anonimo",
  commentsFeedTitle: "Commenti su {site}",
  commentFeedItem: "Commento su {title} di {name}",

  // Translations
  translations: "Questo articolo in altre lingue",
  readIn: "Leggi in {language}",
};

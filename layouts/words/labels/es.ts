// Spanish labels (see en.ts for what each one is for).
// Arrows: « and » are the first-level quotation marks in Spanish, so a lone « before “Entradas
// anteriores” would read as an opening quote; pagination, archive and calendar links use ← and →.
import type { Labels } from "./en.ts";

export const es: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Sin categoría",
  skipLink: "Saltar al contenido",
  siteNavigation: "Sitio",
  navHome: "Inicio",
  navArchives: "Archivo",
  navTags: "Etiquetas",
  navCategories: "Categorías",
  navAuthors: "Autores",
  navSearch: "Buscar",
  searchFormLabel: "Buscar en las entradas",
  searchPlaceholder: "Buscar entradas",
  searchButton: "Buscar",
  sidebarLabel: "Más en este sitio",
  recentPosts: "Entradas recientes",
  sidebarCategories: "Categorías",
  allCategories: "Todas las categorías",
  sidebarArchives: "Archivo",
  everyMonth: "Todos los meses",
  sidebarTags: "Etiquetas",
  allTags: "Todas las etiquetas",
  footerAllPosts: "Todas las entradas por fecha",
  footerSubscribe: "Suscribirse (feed Atom)",
  breadcrumbs: "Ruta de navegación",
  languagesNav: "Idiomas",
  otherLanguages: "En otros idiomas:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Últimas entradas",
  tagHeading: "Entradas con la etiqueta «{name}»",
  categoryHeading: "Archivo de la categoría «{name}»",
  authorHeading: "Entradas de {name}",
  yearHeading: "Archivo del año {date}",
  monthHeading: "Archivo de {date}",
  dayHeading: "Archivo del {date}",
  pageOfTotal: "{heading} (página {number} de {total})",
  pageNumber: "Página {number}",
  headingPage: " — página {number}",
  noPosts: "Todavía no hay entradas.",
  noTerms: "Nada por ahora.",
  pagination: "Páginas",
  olderPosts: "← Entradas anteriores",
  newerPosts: "Entradas más recientes →",
  paginationPage: "Página ",
  neighbouringArchives: "Archivos contiguos",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "Seguir leyendo",
  continueReadingTitle: " «{title}»",

  // A post
  tagsLine: "Etiquetas:",
  postedIn: "Publicado en",
  byAuthor: "por {name}",
  postNavigation: "Entradas anterior y siguiente",
  olderPost: "Entrada anterior",
  newerPost: "Entrada siguiente",
  relatedPosts: "Entradas relacionadas",
  draft: "Borrador, sin publicar",
  scheduled: "Programada: se publicará en la primera compilación del sitio posterior al",
  updatedOn: "Actualizado el {date}",
  readingTime: {
    one: "{count} minuto de lectura",
    many: "{count} minutos de lectura",
    other: "{count} minutos de lectura",
  },
  tableOfContents: "Contenido",
  headingAnchor: "Enlace a esta sección",
  footnotes: "Notas",
  footnoteBack: "Volver al texto",

  // Index pages
  archivesTitle: "Archivo",
  tagsTitle: "Etiquetas",
  categoriesTitle: "Categorías",
  authorsTitle: "Autores",

  // The 404 page
  notFoundTitle: "Página no encontrada",
  notFoundText:
    "No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga una errata.",
  notFoundLatest: "Las últimas entradas",
  notFoundMonths: "Todas las entradas, mes a mes",
  notFoundTags: "Todas las etiquetas",

  // The search page
  searchTitle: "Búsqueda",
  searchBrowse: "explorar las entradas por {months}, por {tags} o por {categories}",
  searchBrowseMonths: "mes",
  searchBrowseTags: "etiqueta",
  searchBrowseCategories: "categoría",
  searchInPreview:
    "La búsqueda no está disponible en la vista previa: su índice se crea al generar el sitio. Mientras tanto, puedes {browse}.",
  searchNeedsScript: "La búsqueda funciona en tu navegador y necesita JavaScript. Sin él, puedes {browse}.",

  // Redirect pages
  movedTitle: "Página trasladada",
  movedHeading: "Esta página se ha trasladado",
  movedText: "Ahora está en {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} entrada", many: "{count} de entradas", other: "{count} entradas" },
  calendar: "Calendario de {month}",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "Un día como este: {day}",
  onThisDayLink: "Más del {day} en otros años",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} comentario", many: "{count} comentarios", other: "{count} comentarios" },
  commentsOff: "Comentarios cerrados",
  commentBy: "{name}, el {date}",
  commentReplyTo: "En respuesta a {name}",
  commentAnonymous: "Anónimo",
  commentsFeedTitle: "Comentarios en {site}",
  commentFeedItem: "Comentario en {title} por {name}",

  // Translations
  translations: "Esta entrada en otros idiomas",
  readIn: "Leer en {language}",
};

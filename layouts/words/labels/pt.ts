// Portuguese labels (see en.ts for what each one is for), in wording read naturally in both Brazil
// and Portugal: "publicação" for a post, "pesquisar", "etiqueta", and no "você"/"tu" forms.
// Same as English, correctly: siteNavigation ("Site", the word both countries use).
// Arrows: « and » are quotation marks in Portugal, so a lone « would read as an opening quote;
// pagination, archive and calendar links use ← and →.
import type { Labels } from "./en.ts";

export const pt: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "Sem categoria",
  skipLink: "Ir para o conteúdo",
  siteNavigation: "Site",
  navHome: "Início",
  navArchives: "Arquivo",
  navTags: "Etiquetas",
  navCategories: "Categorias",
  navAuthors: "Autores",
  navSearch: "Pesquisa",
  searchFormLabel: "Pesquisar nas publicações",
  searchPlaceholder: "Pesquisar publicações",
  searchButton: "Pesquisar",
  sidebarLabel: "Mais neste site",
  recentPosts: "Publicações recentes",
  sidebarCategories: "Categorias",
  allCategories: "Todas as categorias",
  sidebarArchives: "Arquivo",
  everyMonth: "Todos os meses",
  sidebarTags: "Etiquetas",
  allTags: "Todas as etiquetas",
  footerAllPosts: "Todas as publicações por data",
  footerSubscribe: "Acompanhar (feed Atom)",
  breadcrumbs: "Trilha de navegação",
  languagesNav: "Idiomas",
  otherLanguages: "Em outros idiomas:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Últimas publicações",
  tagHeading: "Publicações com a etiqueta “{name}”",
  categoryHeading: "Arquivo da categoria “{name}”",
  authorHeading: "Publicações de {name}",
  yearHeading: "Arquivo de {date}",
  monthHeading: "Arquivo de {date}",
  dayHeading: "Arquivo do dia {date}",
  pageOfTotal: "{heading} (página {number} de {total})",
  pageNumber: "Página {number}",
  headingPage: " — página {number}",
  noPosts: "Ainda não há publicações.",
  noTerms: "Nada por enquanto.",
  pagination: "Páginas",
  olderPosts: "← Publicações anteriores",
  newerPosts: "Publicações mais recentes →",
  paginationPage: "Página ",
  neighbouringArchives: "Arquivos vizinhos",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "Continuar a leitura",
  continueReadingTitle: " de “{title}”",

  // A post
  tagsLine: "Etiquetas:",
  postedIn: "Publicado em",
  byAuthor: "por {name}",
  postNavigation: "Publicações anterior e seguinte",
  olderPost: "Publicação anterior",
  newerPost: "Publicação seguinte",
  relatedPosts: "Publicações relacionadas",
  draft: "Rascunho, não publicado",
  scheduled: "Agendamento: publicação na primeira geração do site depois de",
  updatedOn: "Atualizado em {date}",
  readingTime: {
    one: "{count} minuto de leitura",
    many: "{count} minutos de leitura",
    other: "{count} minutos de leitura",
  },
  tableOfContents: "Índice",
  headingAnchor: "Link para esta parte",
  footnotes: "Notas",
  footnoteBack: "Voltar ao texto",

  // Index pages
  archivesTitle: "Arquivo",
  tagsTitle: "Etiquetas",
  categoriesTitle: "Categorias",
  authorsTitle: "Autores",

  // The 404 page
  notFoundTitle: "Página não encontrada",
  notFoundText:
    "Não existe nenhuma página neste endereço. Talvez tenha mudado de lugar, ou o link esteja errado.",
  notFoundLatest: "As publicações mais recentes",
  notFoundMonths: "Todas as publicações, mês a mês",
  notFoundTags: "Todas as etiquetas",

  // The search page
  searchTitle: "Pesquisa",
  searchBrowse: "navegar pelas publicações por {months}, por {tags} ou por {categories}",
  searchBrowseMonths: "mês",
  searchBrowseTags: "etiqueta",
  searchBrowseCategories: "categoria",
  searchInPreview:
    "A pesquisa não está disponível na pré-visualização: o índice é criado quando o site é gerado. Por enquanto, é possível {browse}.",
  searchNeedsScript:
    "A pesquisa funciona no navegador e precisa de JavaScript. Sem JavaScript, é possível {browse}.",

  // Redirect pages
  movedTitle: "Página movida",
  movedHeading: "Esta página mudou de endereço",
  movedText: "Agora está em {link}.",

  // Calendar and "on this day"
  postCount: { one: "{count} publicação", many: "{count} de publicações", other: "{count} publicações" },
  calendar: "Calendário de {month}",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "Neste dia: {day}",
  onThisDayLink: "Mais publicações do dia {day} em outros anos",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "{count} comentário", many: "{count} comentários", other: "{count} comentários" },
  commentsOff: "Comentários fechados",
  commentBy: "{name} em {date}",
  commentReplyTo: "Em resposta a {name}",
  commentAnonymous: "Anônimo",
  commentsFeedTitle: "Comentários em {site}",
  commentFeedItem: "Comentário em {title} por {name}",

  // Translations
  translations: "Esta publicação em outros idiomas",
  readIn: "Ler em {language}",
};

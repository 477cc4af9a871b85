// Russian labels (see en.ts for what each one is for).
// Arrows: « and » are the quotation marks of Russian, so a lone « would read as an opening quote;
// pagination, archive and calendar links use ← and →. Names that would need declining follow a colon
// ("Записи: {name}"), since the views fill them in the nominative.
import type { Labels } from "./en.ts";

export const ru: Labels = {
  // The page frame
  pageTitle: "{title} — {site}",
  feedTitle: "{site} — {title}",
  defaultCategory: "Без рубрики",
  skipLink: "Перейти к содержимому",
  siteNavigation: "Сайт",
  navHome: "Главная",
  navArchives: "Архив",
  navTags: "Метки",
  navCategories: "Рубрики",
  navAuthors: "Авторы",
  navSearch: "Поиск",
  searchFormLabel: "Поиск по записям",
  searchPlaceholder: "Искать в записях",
  searchButton: "Найти",
  sidebarLabel: "Ещё на этом сайте",
  recentPosts: "Свежие записи",
  sidebarCategories: "Рубрики",
  allCategories: "Все рубрики",
  sidebarArchives: "Архив",
  everyMonth: "Все месяцы",
  sidebarTags: "Метки",
  allTags: "Все метки",
  footerAllPosts: "Все записи по датам",
  footerSubscribe: "Подписаться (лента Atom)",
  breadcrumbs: "Навигационная цепочка",
  languagesNav: "Языки",
  otherLanguages: "На других языках:",
  count: "({count})",

  // Lists of posts
  latestPosts: "Последние записи",
  tagHeading: "Записи с меткой «{name}»",
  categoryHeading: "Архив рубрики «{name}»",
  authorHeading: "Записи: {name}",
  yearHeading: "Архив за {date} год",
  monthHeading: "Архив за {date}",
  dayHeading: "Архив за {date}",
  pageOfTotal: "{heading} (страница {number} из {total})",
  pageNumber: "Страница {number}",
  headingPage: "\u00a0— страница {number}",
  noPosts: "Записей пока нет.",
  noTerms: "Пока ничего нет.",
  pagination: "Страницы",
  olderPosts: "← Более ранние записи",
  newerPosts: "Более поздние записи →",
  paginationPage: "Страница ",
  neighbouringArchives: "Соседние архивы",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "Читать далее",
  continueReadingTitle: " «{title}»",

  // A post
  tagsLine: "Метки:",
  postedIn: "Рубрики:",
  byAuthor: "автор: {name}",
  postNavigation: "Предыдущая и следующая записи",
  olderPost: "Предыдущая запись",
  newerPost: "Следующая запись",
  relatedPosts: "Похожие записи",
  draft: "Черновик, не опубликован",
  scheduled: "Запланировано: будет опубликовано при первой сборке сайта после",
  updatedOn: "Обновлено {date}",
  readingTime: {
    one: "{count} минута чтения",
    few: "{count} минуты чтения",
    many: "{count} минут чтения",
    other: "{count} минуты чтения",
  },
  tableOfContents: "Содержание",
  headingAnchor: "Ссылка на этот раздел",
  footnotes: "Примечания",
  footnoteBack: "Вернуться к тексту",

  // Index pages
  archivesTitle: "Архив",
  tagsTitle: "Метки",
  categoriesTitle: "Рубрики",
  authorsTitle: "Авторы",

  // The 404 page
  notFoundTitle: "Страница не найдена",
  notFoundText: "По этому адресу нет страницы. Возможно, её перенесли или в ссылке опечатка.",
  notFoundLatest: "Последние записи",
  notFoundMonths: "Все записи по месяцам",
  notFoundTags: "Все метки",

  // The search page
  searchTitle: "Поиск",
  searchBrowse: "просматривать записи по {months}, {tags} или {categories}",
  searchBrowseMonths: "месяцам",
  searchBrowseTags: "меткам",
  searchBrowseCategories: "рубрикам",
  searchInPreview:
    "В режиме предпросмотра поиск недоступен: его индекс создаётся при сборке сайта. А пока можно {browse}.",
  searchNeedsScript: "Поиск работает в браузере, и для него нужен JavaScript. Без него можно {browse}.",

  // Redirect pages
  movedTitle: "Страница перенесена",
  movedHeading: "Эта страница переехала",
  movedText: "Теперь она находится по адресу {link}.",

  // Calendar and "on this day"
  postCount: {
    one: "{count} запись",
    few: "{count} записи",
    many: "{count} записей",
    other: "{count} записи",
  },
  calendar: "Календарь: {month}",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "В этот день: {day}",
  onThisDayLink: "{day} в другие годы",
  onThisDayYear: "{year}",

  // Comments
  comments: {
    one: "{count} комментарий",
    few: "{count} комментария",
    many: "{count} комментариев",
    other: "{count} комментария",
  },
  commentsOff: "Комментарии закрыты",
  commentBy: "{name}, {date}",
  commentReplyTo: "Ответ на комментарий: {name}",
  commentAnonymous: "Аноним",
  commentsFeedTitle: "Комментарии к {site}",
  commentFeedItem: "Комментарий к {title} от {name}",

  // Translations
  translations: "Эта запись на других языках",
  readIn: "Читать на языке: {language}",
};

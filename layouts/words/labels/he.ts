// Hebrew labels (see en.ts for what each one is for).
// Arrows: the page is right to left, so older posts, the earlier archive and the previous month sit on
// the right and their links start with → (drawn at the right edge, pointing outward); newer ones sit
// on the left and end with ← . Guillemets are not used: a browser mirrors them in right-to-left text.
// Quotation marks are the plain " that Hebrew text on the web uses (curly “ ” are not mirrored and
// would face the wrong way). "one" plurals use the word אחת instead of the digit, as Hebrew says it.
import type { Labels } from "./en.ts";

export const he: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "ללא קטגוריה",
  skipLink: "דילוג לתוכן",
  siteNavigation: "האתר",
  navHome: "דף הבית",
  navArchives: "ארכיון",
  navTags: "תגיות",
  navCategories: "קטגוריות",
  navAuthors: "כותבים",
  navSearch: "חיפוש",
  searchFormLabel: "חיפוש בפוסטים",
  searchPlaceholder: "חיפוש פוסטים",
  searchButton: "חיפוש",
  sidebarLabel: "עוד באתר",
  recentPosts: "פוסטים אחרונים",
  sidebarCategories: "קטגוריות",
  allCategories: "כל הקטגוריות",
  sidebarArchives: "ארכיון",
  everyMonth: "כל החודשים",
  sidebarTags: "תגיות",
  allTags: "כל התגיות",
  footerAllPosts: "כל הפוסטים לפי תאריך",
  footerSubscribe: "הרשמה לעדכונים (פיד Atom)",
  breadcrumbs: "נתיב ניווט",
  languagesNav: "שפות",
  otherLanguages: "בשפות אחרות:",
  count: "({count})",

  // Lists of posts
  latestPosts: "הפוסטים האחרונים",
  tagHeading: 'פוסטים עם התגית "{name}"',
  categoryHeading: 'ארכיון הקטגוריה "{name}"',
  authorHeading: "פוסטים מאת {name}",
  yearHeading: "ארכיון שנת {date}",
  monthHeading: "ארכיון {date}",
  dayHeading: "ארכיון ליום {date}",
  pageOfTotal: "{heading} (עמוד {number} מתוך {total})",
  pageNumber: "עמוד {number}",
  headingPage: " — עמוד {number}",
  noPosts: "עדיין אין פוסטים.",
  noTerms: "אין עדיין.",
  pagination: "עמודים",
  olderPosts: "→ פוסטים ישנים יותר",
  newerPosts: "פוסטים חדשים יותר ←",
  paginationPage: "עמוד ",
  neighbouringArchives: "ארכיונים סמוכים",
  olderArchive: "→ {name}",
  newerArchive: "{name} ←",
  continueReading: "המשך קריאה",
  continueReadingTitle: ' "{title}"',

  // A post
  tagsLine: "תגיות:",
  postedIn: "פורסם תחת",
  byAuthor: "מאת {name}",
  postNavigation: "הפוסט הקודם והבא",
  olderPost: "הפוסט הקודם",
  newerPost: "הפוסט הבא",
  relatedPosts: "פוסטים קשורים",
  draft: "טיוטה, לא פורסם",
  scheduled: "מתוזמן: יתפרסם בבנייה הראשונה של האתר אחרי",
  updatedOn: "עדכון אחרון: {date}",
  readingTime: { one: "דקת קריאה אחת", two: "{count} דקות קריאה", other: "{count} דקות קריאה" },
  tableOfContents: "תוכן העניינים",
  headingAnchor: "קישור לסעיף הזה",
  footnotes: "הערות שוליים",
  footnoteBack: "חזרה לטקסט",

  // Index pages
  archivesTitle: "ארכיון",
  tagsTitle: "תגיות",
  categoriesTitle: "קטגוריות",
  authorsTitle: "כותבים",

  // The 404 page
  notFoundTitle: "הדף לא נמצא",
  notFoundText: "אין דף בכתובת הזאת. ייתכן שהוא הועבר, או שנפלה טעות הקלדה בקישור.",
  notFoundLatest: "הפוסטים האחרונים",
  notFoundMonths: "כל הפוסטים לפי חודש",
  notFoundTags: "כל התגיות",

  // The search page
  searchTitle: "חיפוש",
  searchBrowse: "לעיין בפוסטים לפי {months}, {tags} או {categories}",
  searchBrowseMonths: "חודש",
  searchBrowseTags: "תגית",
  searchBrowseCategories: "קטגוריה",
  searchInPreview:
    "החיפוש אינו זמין בתצוגה המקדימה: האינדקס שלו נוצר בזמן בניית האתר. בינתיים אפשר {browse}.",
  searchNeedsScript: "החיפוש פועל בדפדפן ודורש JavaScript. בלעדיו אפשר {browse}.",

  // Redirect pages
  movedTitle: "הדף הועבר",
  movedHeading: "הדף הזה הועבר",
  movedText: "הוא נמצא עכשיו בכתובת {link}.",

  // Calendar and "on this day"
  postCount: { one: "פוסט אחד", two: "{count} פוסטים", other: "{count} פוסטים" },
  calendar: "לוח שנה: {month}",
  previousMonth: "→ {month}",
  nextMonth: "{month} ←",
  onThisDayTitle: "ביום הזה: {day}",
  onThisDayLink: "עוד מ־{day} בשנים אחרות",
  onThisDayYear: "{year}",

  // Comments
  comments: { one: "תגובה אחת", two: "{count} תגובות", other: "{count} תגובות" },
  commentsOff: "התגובות סגורות",
  commentBy: "{name}, {date}",
  commentReplyTo: "בתגובה ל־{name}",
  commentAnonymous: "אנונימי",
  commentsFeedTitle: "תגובות עבור {site}",
  commentFeedItem: "תגובה על {title} מאת {name}",

  // Translations
  translations: "הפוסט הזה בשפות אחרות",
  readIn: "לקריאה ב{language}",
};

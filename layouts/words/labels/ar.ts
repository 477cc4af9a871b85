// Arabic labels (see en.ts for what each one is for).
// Arrows: the page is right to left, so older posts, the earlier archive and the previous month sit on
// the right and their links start with → (drawn at the right edge, pointing outward); newer ones sit
// on the left and end with ← . Guillemets are not used as arrows: they are quotation marks in Arabic
// (used so below), and a browser mirrors them in right-to-left text.
// Plurals: "one" and "two" use the words themselves (دقيقة واحدة، دقيقتان، تعليقان) without the
// number, as Arabic writes them; "zero" comments reads لا تعليقات.
import type { Labels } from "./en.ts";

export const ar: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "غير مصنف",
  skipLink: "انتقل إلى المحتوى",
  siteNavigation: "الموقع",
  navHome: "الرئيسية",
  navArchives: "الأرشيف",
  navTags: "الوسوم",
  navCategories: "التصنيفات",
  navAuthors: "الكتّاب",
  navSearch: "البحث",
  searchFormLabel: "ابحث في التدوينات",
  searchPlaceholder: "بحث في التدوينات",
  searchButton: "بحث",
  sidebarLabel: "المزيد من هذا الموقع",
  recentPosts: "تدوينات حديثة",
  sidebarCategories: "التصنيفات",
  allCategories: "كل التصنيفات",
  sidebarArchives: "الأرشيف",
  everyMonth: "كل الشهور",
  sidebarTags: "الوسوم",
  allTags: "كل الوسوم",
  footerAllPosts: "كل التدوينات حسب التاريخ",
  footerSubscribe: "اشترك (موجز Atom)",
  breadcrumbs: "مسار التنقل",
  languagesNav: "اللغات",
  otherLanguages: "بلغات أخرى:",
  count: "({count})",

  // Lists of posts
  latestPosts: "آخر التدوينات",
  tagHeading: "التدوينات الموسومة بـ«{name}»",
  categoryHeading: "أرشيف تصنيف «{name}»",
  authorHeading: "تدوينات {name}",
  yearHeading: "أرشيف عام {date}",
  monthHeading: "أرشيف {date}",
  dayHeading: "أرشيف يوم {date}",
  pageOfTotal: "{heading} (الصفحة {number} من {total})",
  pageNumber: "الصفحة {number}",
  headingPage: " — الصفحة {number}",
  noPosts: "لا توجد تدوينات بعد.",
  noTerms: "لا شيء بعد.",
  pagination: "الصفحات",
  olderPosts: "→ تدوينات أقدم",
  newerPosts: "تدوينات أحدث ←",
  paginationPage: "الصفحة ",
  neighbouringArchives: "الأرشيفات المجاورة",
  olderArchive: "→ {name}",
  newerArchive: "{name} ←",
  continueReading: "تابع القراءة",
  continueReadingTitle: " «{title}»",

  // A post
  tagsLine: "الوسوم:",
  postedIn: "نُشرت ضمن",
  byAuthor: "بقلم {name}",
  postNavigation: "التدوينتان السابقة والتالية",
  olderPost: "التدوينة السابقة",
  newerPost: "التدوينة التالية",
  relatedPosts: "تدوينات ذات صلة",
  draft: "مسودة، غير منشورة",
  scheduled: "مجدولة: تُنشر مع أول بناء للموقع بعد",
  updatedOn: "آخر تحديث: {date}",
  readingTime: {
    zero: "قراءة في {count} دقيقة",
    one: "قراءة في دقيقة واحدة",
    two: "قراءة في دقيقتين",
    few: "قراءة في {count} دقائق",
    many: "قراءة في {count} دقيقة",
    other: "قراءة في {count} دقيقة",
  },
  tableOfContents: "المحتويات",
  headingAnchor: "رابط إلى هذا القسم",
  footnotes: "الحواشي",
  footnoteBack: "العودة إلى النص",

  // Index pages
  archivesTitle: "الأرشيف",
  tagsTitle: "الوسوم",
  categoriesTitle: "التصنيفات",
  authorsTitle: "الكتّاب",

  // The 404 page
  notFoundTitle: "الصفحة غير موجودة",
  notFoundText: "لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما في الرابط خطأ مطبعي.",
  notFoundLatest: "أحدث التدوينات",
  notFoundMonths: "كل التدوينات حسب الشهر",
  notFoundTags: "كل الوسوم",

  // The search page
  searchTitle: "البحث",
  searchBrowse: "تصفّح التدوينات حسب {months} أو {tags} أو {categories}",
  searchBrowseMonths: "الشهر",
  searchBrowseTags: "الوسم",
  searchBrowseCategories: "التصنيف",
  searchInPreview: "البحث غير متاح في المعاينة: يُنشأ فهرسه عند بناء الموقع. وإلى ذلك الحين، يمكنك {browse}.",
  searchNeedsScript: "يعمل البحث في متصفحك ويحتاج إلى JavaScript. ومن دونه يمكنك {browse}.",

  // Redirect pages
  movedTitle: "نُقلت الصفحة",
  movedHeading: "نُقلت هذه الصفحة",
  movedText: "أصبحت الآن على العنوان {link}.",

  // Calendar and "on this day"
  postCount: {
    zero: "لا تدوينات",
    one: "تدوينة واحدة",
    two: "تدوينتان",
    few: "{count} تدوينات",
    many: "{count} تدوينة",
    other: "{count} تدوينة",
  },
  calendar: "تقويم {month}",
  previousMonth: "→ {month}",
  nextMonth: "{month} ←",
  onThisDayTitle: "في مثل هذا اليوم: {day}",
  onThisDayLink: "المزيد من {day} في سنوات أخرى",
  onThisDayYear: "{year}",

  // Comments
  comments: {
    zero: "لا تعليقات",
    one: "تعليق واحد",
    two: "تعليقان",
    few: "{count} تعليقات",
    many: "{count} تعليقًا",
    other: "{count} تعليق",
  },
  commentsOff: "التعليقات مغلقة",
  commentBy: "{name} في {date}",
  commentReplyTo: "ردًّا على {name}",
  commentAnonymous: "مجهول",
  commentsFeedTitle: "التعليقات على {site}",
  commentFeedItem: "تعليق على {title} بواسطة {name}",

  // Translations
  translations: "هذه التدوينة بلغات أخرى",
  readIn: "اقرأ باللغة {language}",
};

// Korean labels (see en.ts for what each one is for).
// Arrows: « and » are not Korean punctuation; pagination, archive and calendar links use ← and →.
import type { Labels } from "./en.ts";

export const ko: Labels = {
  // The page frame
  pageTitle: "{title} – {site}",
  feedTitle: "{site} – {title}",
  defaultCategory: "미분류",
  skipLink: "본문으로 건너뛰기",
  siteNavigation: "사이트",
  navHome: "홈",
  navArchives: "보관함",
  navTags: "태그",
  navCategories: "카테고리",
  navAuthors: "글쓴이",
  navSearch: "검색",
  searchFormLabel: "글 검색",
  searchPlaceholder: "글 검색",
  searchButton: "검색",
  sidebarLabel: "이 사이트의 다른 글",
  recentPosts: "최근 글",
  sidebarCategories: "카테고리",
  allCategories: "모든 카테고리",
  sidebarArchives: "보관함",
  everyMonth: "모든 달",
  sidebarTags: "태그",
  allTags: "모든 태그",
  footerAllPosts: "날짜별 전체 글",
  footerSubscribe: "구독(Atom 피드)",
  breadcrumbs: "현재 위치",
  languagesNav: "언어",
  otherLanguages: "다른 언어:",
  count: "({count})",

  // Lists of posts
  latestPosts: "최신 글",
  tagHeading: "‘{name}’ 태그가 붙은 글",
  categoryHeading: "‘{name}’ 카테고리의 글",
  authorHeading: "{name} 님의 글",
  yearHeading: "{date}의 글",
  monthHeading: "{date}의 글",
  dayHeading: "{date}의 글",
  pageOfTotal: "{heading} ({total}페이지 중 {number}페이지)",
  pageNumber: "{number}페이지",
  headingPage: " – {number}페이지",
  noPosts: "아직 글이 없습니다.",
  noTerms: "아직 없습니다.",
  pagination: "페이지",
  olderPosts: "← 더 오래된 글",
  newerPosts: "더 최근 글 →",
  paginationPage: "페이지 ",
  neighbouringArchives: "이전·다음 보관함",
  olderArchive: "← {name}",
  newerArchive: "{name} →",
  continueReading: "계속 읽기",
  continueReadingTitle: " ‘{title}’",

  // A post
  tagsLine: "태그:",
  postedIn: "카테고리:",
  byAuthor: "글쓴이: {name}",
  postNavigation: "이전 글과 다음 글",
  olderPost: "이전 글",
  newerPost: "다음 글",
  relatedPosts: "관련 글",
  draft: "임시 글(게시되지 않음)",
  scheduled: "예약 글(다음 날짜 이후 첫 빌드 때 게시):",
  updatedOn: "{date} 수정됨",
  readingTime: { other: "읽는 데 {count}분" },
  tableOfContents: "목차",
  headingAnchor: "이 섹션으로 바로 가는 링크",
  footnotes: "각주",
  footnoteBack: "본문으로 돌아가기",

  // Index pages
  archivesTitle: "보관함",
  tagsTitle: "태그",
  categoriesTitle: "카테고리",
  authorsTitle: "글쓴이",

  // The 404 page
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundText: "이 주소에는 페이지가 없습니다. 페이지가 옮겨졌거나 링크 주소가 잘못 입력되었을 수 있습니다.",
  notFoundLatest: "최신 글",
  notFoundMonths: "월별 전체 글",
  notFoundTags: "모든 태그",

  // The search page
  searchTitle: "검색",
  searchBrowse: "{months}, {tags} 또는 {categories} 목록에서 글을 찾아볼 수 있습니다",
  searchBrowseMonths: "월별",
  searchBrowseTags: "태그별",
  searchBrowseCategories: "카테고리별",
  searchInPreview:
    "미리보기에서는 검색을 쓸 수 없습니다. 검색 색인은 사이트를 빌드할 때 만들어집니다. 그동안은 {browse}.",
  searchNeedsScript: "검색은 브라우저에서 실행되므로 JavaScript가 필요합니다. JavaScript 없이도 {browse}.",

  // Redirect pages
  movedTitle: "이동됨",
  movedHeading: "이 페이지는 이동했습니다",
  movedText: "새 주소는 {link}입니다.",

  // Calendar and "on this day"
  postCount: { other: "글 {count}개" },
  calendar: "{month} 달력",
  previousMonth: "← {month}",
  nextMonth: "{month} →",
  onThisDayTitle: "이날의 글: {day}",
  onThisDayLink: "다른 해 {day}의 글 더 보기",
  onThisDayYear: "{year}",

  // Comments
  comments: { other: "댓글 {count}개" },
  commentsOff: "댓글 닫힘",
  commentBy: "{name}, {date}",
  commentReplyTo: "{name} 님에게 답글",
  commentAnonymous: "익명",
  commentsFeedTitle: "{site}의 댓글",
  commentFeedItem: "{title}에 {name}님이 남긴 댓글",

  // Translations
  translations: "이 글의 다른 언어 버전",
  readIn: "{language}로 읽기",
};

#!/usr/bin/env node
// gen-corpus.mjs — deterministic Markdown blog corpus generator (no dependencies).
// A verbatim copy of the team's ../shared/bench/gen-corpus.mjs, so that `npm run bench` works from a
// clone of this repository alone. Do not edit it here: change the shared one and copy it again.
//
// Usage: node gen-corpus.mjs N OUTDIR [--seed=S] [--years=10] [--start-year=2015]
//
// Writes N Markdown posts with YAML front matter (title, date, tags, category)
// into OUTDIR (flat; created if missing). Same N + seed => byte-identical output.
//
// Corpus properties (see printed summary / OUTDIR/../corpus-stats.json if --stats):
//   * titles: 4-10 words; file name = slug of title (+ -2, -3 on collision)
//   * bodies: ~300-600 words in 3-8 paragraphs with ## headings, *em*, **strong**,
//     `code`, [links](...), one bullet or ordered list (most posts), one
//     blockquote (most posts), a fenced code block in ~15% of posts.
//     Bodies never contain "{{", "{%" or "{#" (safe for Nunjucks/Liquid preprocessing).
//   * dates: spread over 10 years (2015-01-01 .. 2024-12-31), slowly increasing
//     post rate, ~8% of posts forced onto the same day as the previous post;
//     ~70% "YYYY-MM-DD", ~25% "YYYY-MM-DD HH:MM:SS", ~5% "YYYY-MM-DDTHH:MM:SSZ".
//     All times are UTC (no offsets), so month/year bucketing is unambiguous.
//   * tags: 1-7 per post, distinct within a post, drawn Zipf(s=1.0) from a pool
//     of max(50, floor(N/5)) names. The pool contains names with spaces,
//     capitals, hyphens, dots, accents ("Ünïcode", "São Paulo"), Cyrillic
//     ("Путин"), Greek, Korean ("김정은") and Japanese. Pool names are unique
//     case-insensitively and after accent folding (so no two tags collide under
//     any reasonable slugifier except ones that drop non-Latin scripts entirely).
//     No tag is named "all" or "posts" (Eleventy reserved collection names).
//   * category: exactly one per post from a fixed pool of 12, Zipf(s=0.6).
//   * all YAML strings are double-quoted (JSON-style escapes), tags as a block list.

import fs from "node:fs";
import path from "node:path";

// ---------- args ----------
const args = process.argv.slice(2);
const pos = args.filter((a) => !a.startsWith("--"));
const opts = Object.fromEntries(
  args.filter((a) => a.startsWith("--")).map((a) => {
    const [k, v] = a.slice(2).split("=");
    return [k, v === undefined ? true : v];
  })
);
if (pos.length < 2 || !/^\d+$/.test(pos[0])) {
  console.error("usage: node gen-corpus.mjs N OUTDIR [--seed=S] [--years=10] [--start-year=2015] [--stats]");
  process.exit(2);
}
const N = parseInt(pos[0], 10);
const OUT = pos[1];
const SEED = opts.seed !== undefined ? parseInt(opts.seed, 10) >>> 0 : 20240601;
const YEARS = opts.years ? parseInt(opts.years, 10) : 10;
const START_YEAR = opts["start-year"] ? parseInt(opts["start-year"], 10) : 2015;

// ---------- seeded PRNG (sfc32 seeded via splitmix32) ----------
function splitmix32(a) {
  return function () {
    a |= 0; a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16); t = Math.imul(t, 0x21f0aaad);
    t = t ^ (t >>> 15); t = Math.imul(t, 0x735a2d97);
    return ((t = t ^ (t >>> 15)) >>> 0);
  };
}
function sfc32(a, b, c, d) {
  return function () {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
function makeRng(seed) {
  const sm = splitmix32(seed);
  const r = sfc32(sm(), sm(), sm(), sm());
  for (let i = 0; i < 15; i++) r();
  return r;
}
// Independent streams so that e.g. changing body generation does not shift tags.
const rngMeta = makeRng(SEED ^ 0x1111);
const rngBody = makeRng(SEED ^ 0x2222);
const rngPool = makeRng(SEED ^ 0x3333);

const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1)); // inclusive
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const chance = (r, p) => r() < p;

// Zipf sampler over ranks 0..n-1 with exponent s (cumulative table + binary search)
function zipf(n, s) {
  const cum = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) { acc += 1 / Math.pow(i + 1, s); cum[i] = acc; }
  return (r) => {
    const x = r() * acc;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
}

// ---------- vocabulary ----------
const WORDS = (
  "the of and to in is it that for on with as was at by an be this from or are have not but " +
  "all were when we there can which their if will each about how up out them then she many some so " +
  "these would other into has more her two like him see time could no make than first been its who now " +
  "people my made over did down only way find use may water long little very after words called just where " +
  "most know get through back much before go good new write our used me man too any day same right look " +
  "think also around another came come work three word must because does part even place well such here " +
  "take why things help put years different away again off went old number great tell men say small every " +
  "found still between name should home big give air line set own under read last never us left end along " +
  "while might next sound below saw something thought both few those always looked show large often together " +
  "asked house world going want school important until form food keep children feet land side without boy once " +
  "animals life enough took sometimes four head above kind began almost live page got earth need far hand high " +
  "year mother light parts country father let night following picture being study second eyes soon times story " +
  "boys since white days ever paper hard near sentence better best across during today others however sure means " +
  "knew try told young miles sun ways thing whole hear example heard several change answer room sea against top " +
  "turned learn point city play toward five using himself usually money seen car morning given trees family " +
  "server cache build deploy archive render template pipeline static markdown feed index parser plugin module " +
  "function compiler runtime benchmark garden kitchen coffee bicycle river mountain village harbour library " +
  "election parliament treaty market budget engine network protocol kernel browser schema query cluster"
).split(/\s+/);
const CAPWORDS = ["Berlin", "Tokyo", "Linux", "Rust", "Python", "Europe", "Monday", "October", "Paris", "GitHub", "Debian", "Unicode"];
const wordZipf = zipf(WORDS.length, 0.9);
const word = (r) => WORDS[wordZipf(r)];
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const TAGWORDS = WORDS.slice(60); // skip the most common function words for tag names
const tword = (r) => pick(r, TAGWORDS);

// ---------- tag pool ----------
const TAG_POOL_SIZE = Math.max(50, Math.floor(N / 5));
const SPECIAL_TAGS = [
  // [rank, name]  (rank = 0-based popularity rank in the Zipf pool)
  [2, "Ünïcode"], [4, "Web Development"], [6, "Путин"], [9, "open-source"],
  [12, "김정은"], [15, "Machine Learning"], [19, "Node.js"], [23, "São Paulo"],
  [28, "self-hosting"], [33, "Café Culture"], [38, "Ελλάδα"], [44, "東京"],
  [49, "DevOps"], [70, "Zürich"], [110, "Москва"], [160, "Static Sites"],
  [230, "naïve-bayes"], [320, "서울"],
];
function foldKey(s) {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}
const RESERVED = new Set(["all", "posts"]);
function buildTagPool(n) {
  const pool = new Array(n);
  const seen = new Set();
  for (const [rank, name] of SPECIAL_TAGS) {
    if (rank < n) { pool[rank] = name; seen.add(foldKey(name)); }
  }
  const styles = [
    () => tword(rngPool), // lower single word
    () => cap(tword(rngPool)), // Capitalised
    () => `${tword(rngPool)} ${tword(rngPool)}`, // with space
    () => `${cap(tword(rngPool))} ${cap(tword(rngPool))}`, // Title Case with space
    () => `${tword(rngPool)}-${tword(rngPool)}`, // hyphenated
    () => `${pick(rngPool, CAPWORDS)} ${tword(rngPool)}`, // proper noun + word
    () => `${tword(rngPool)}-${tword(rngPool)}-${tword(rngPool)}`,
  ];
  for (let i = 0; i < n; i++) {
    if (pool[i] !== undefined) continue;
    for (let attempt = 0; ; attempt++) {
      let name = pick(rngPool, styles)();
      if (attempt > 20) name = `${name} ${int(rngPool, 2, 999)}`;
      const k = foldKey(name);
      if (!k || RESERVED.has(k) || seen.has(k) || name.length < 2) continue;
      seen.add(k); pool[i] = name; break;
    }
  }
  return pool;
}
const TAGS = buildTagPool(TAG_POOL_SIZE);
const tagZipf = zipf(TAGS.length, 1.0);

const CATEGORIES = [
  "Technology", "Politics", "Travel", "Food & Drink", "Science", "Culture",
  "Personal", "Reviews", "Économie", "Open Source", "Photography", "Notes",
];
const catZipf = zipf(CATEGORIES.length, 0.6);

// ---------- dates ----------
const pad = (n, w = 2) => String(n).padStart(w, "0");
const DAY_MS = 86400000;
const t0 = Date.UTC(START_YEAR, 0, 1);
const t1 = Date.UTC(START_YEAR + YEARS, 0, 1);
const totalDays = Math.round((t1 - t0) / DAY_MS);
// post rate grows linearly from 1x to 2x over the span: inverse-CDF sampling
function sampleDay(r) {
  // density f(x) ∝ 1 + x on [0,1]; CDF = (x + x^2/2)/1.5 ; invert
  const u = r() * 1.5;
  const x = -1 + Math.sqrt(1 + 2 * u);
  return Math.min(totalDays - 1, Math.floor(x * totalDays));
}

// ---------- text ----------
function sentence(r, minW = 6, maxW = 18) {
  const n = int(r, minW, maxW);
  const ws = [];
  for (let i = 0; i < n; i++) ws.push(chance(r, 0.03) ? pick(r, CAPWORDS) : word(r));
  ws[0] = cap(ws[0]);
  return { text: ws.join(" ") + (chance(r, 0.1) ? "?" : "."), n };
}
// decorate a sentence's words with inline markdown occasionally
function inlineMarkup(r, text) {
  const ws = text.split(" ");
  if (ws.length < 5) return text;
  const i = int(r, 1, ws.length - 3);
  const roll = r();
  if (roll < 0.18) ws[i] = `*${ws[i]}*`;
  else if (roll < 0.30) ws[i] = `**${ws[i]}**`;
  else if (roll < 0.42) ws[i] = `[${ws[i]} ${ws[i + 1]}](https://example.com/${ws[i]}/${int(r, 1, 9999)})`, ws.splice(i + 1, 1);
  else if (roll < 0.50) ws[i] = "`" + ws[i] + "()`";
  else if (roll < 0.53) ws[i] = `_${ws[i]}_`;
  return ws.join(" ");
}
function paragraph(r, targetWords) {
  const out = [];
  let n = 0;
  while (n < targetWords) {
    const s = sentence(r);
    n += s.n;
    out.push(inlineMarkup(r, s.text));
  }
  return { text: out.join(" "), n };
}
const CODE_SNIPPETS = [
  ["js", "const posts = await loadPosts(dir);\nfor (const p of posts) {\n  console.log(p.title, p.date);\n}\n"],
  ["bash", "npm install\nnpx build --out dist\nls -la dist | wc -l\n"],
  ["python", "def slugify(s):\n    return '-'.join(s.lower().split())\n\nprint(slugify('Hello World'))\n"],
  ["yaml", "title: Example\ntags:\n  - one\n  - two\n"],
  ["", "plain preformatted text\n    with indentation\nand a second line\n"],
  ["css", ".post-list li {\n  margin: 0 0 1em;\n}\n"],
];
function body(r) {
  const target = int(r, 300, 600);
  const paras = int(r, 3, 8);
  const per = Math.max(20, Math.round(target / paras));
  const blocks = [];
  let words = 0;
  const listAt = chance(r, 0.8) ? int(r, 1, paras) : -1;
  const quoteAt = chance(r, 0.75) ? int(r, 1, paras) : -1;
  const codeAt = chance(r, 0.15) ? int(r, 1, paras) : -1;
  for (let p = 0; p < paras; p++) {
    if (p > 0 && chance(r, 0.35)) {
      const h = sentence(r, 2, 6).text.replace(/[.?]$/, "");
      blocks.push(`${chance(r, 0.8) ? "##" : "###"} ${h}`);
    }
    const para = paragraph(r, int(r, Math.round(per * 0.6), Math.round(per * 1.4)));
    words += para.n;
    blocks.push(para.text);
    if (p === listAt) {
      const ordered = chance(r, 0.3);
      const items = [];
      for (let i = 0, k = int(r, 3, 6); i < k; i++) {
        const s = sentence(r, 3, 10);
        words += s.n;
        items.push(`${ordered ? `${i + 1}.` : "-"} ${inlineMarkup(r, s.text)}`);
      }
      blocks.push(items.join("\n"));
    }
    if (p === quoteAt) {
      const s1 = sentence(r, 8, 20), s2 = sentence(r, 5, 15);
      words += s1.n + s2.n;
      blocks.push(`> ${s1.text}\n> ${s2.text}`);
    }
    if (p === codeAt) {
      const [lang, code] = pick(r, CODE_SNIPPETS);
      blocks.push("```" + lang + "\n" + code + "```");
    }
  }
  return { text: blocks.join("\n\n") + "\n", words };
}

function slugify(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}
const q = (s) => JSON.stringify(s); // JSON string == valid YAML double-quoted scalar

// ---------- generate ----------
fs.mkdirSync(OUT, { recursive: true });
const usedNames = new Set();
let prevDay = null;
const stats = { posts: N, tagPool: TAGS.length, tagUse: new Map(), catUse: new Map(), months: new Map(), years: new Map(), words: 0, bytes: 0, sharedDay: 0, withCode: 0 };
const dayCount = new Map();

for (let i = 0; i < N; i++) {
  // ---- meta (rngMeta) ----
  const tw = int(rngMeta, 4, 10);
  const tws = [];
  for (let k = 0; k < tw; k++) tws.push(chance(rngMeta, 0.04) ? pick(rngMeta, CAPWORDS) : word(rngMeta));
  let title = tws.map((w, k) => (k === 0 || chance(rngMeta, 0.5) ? cap(w) : w)).join(" ");
  if (chance(rngMeta, 0.05)) title += ": " + cap(word(rngMeta)); // colon in title (YAML must quote)
  if (chance(rngMeta, 0.03)) title = `"${title}"`; // embedded quotes

  const day = prevDay !== null && chance(rngMeta, 0.08) ? prevDay : sampleDay(rngMeta);
  prevDay = day;
  const d = new Date(t0 + day * DAY_MS);
  const ymd = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const fmtRoll = rngMeta();
  const hh = int(rngMeta, 0, 23), mi = int(rngMeta, 0, 59), ss = int(rngMeta, 0, 59);
  let dateStr = ymd;
  if (fmtRoll < 0.25) dateStr = `${ymd} ${pad(hh)}:${pad(mi)}:${pad(ss)}`;
  else if (fmtRoll < 0.30) dateStr = `${ymd}T${pad(hh)}:${pad(mi)}:${pad(ss)}Z`;

  const nTags = int(rngMeta, 1, 7);
  const tagIdx = new Set();
  while (tagIdx.size < Math.min(nTags, TAGS.length)) tagIdx.add(tagZipf(rngMeta));
  const tags = [...tagIdx].map((t) => TAGS[t]);
  const category = CATEGORIES[catZipf(rngMeta)];

  // ---- body (rngBody) ----
  const b = body(rngBody);

  // ---- file name ----
  const stem = slugify(title) || `post-${i}`;
  let base = stem;
  for (let k = 2; usedNames.has(base); k++) base = `${stem}-${k}`;
  usedNames.add(base);

  const fm =
    "---\n" +
    `title: ${q(title)}\n` +
    `date: ${dateStr}\n` +
    "tags:\n" + tags.map((t) => `  - ${q(t)}\n`).join("") +
    `category: ${q(category)}\n` +
    "---\n\n";
  const text = fm + b.text;
  fs.writeFileSync(path.join(OUT, `${base}.md`), text);

  // ---- stats ----
  stats.words += b.words;
  stats.bytes += Buffer.byteLength(text);
  if (b.text.includes("```")) stats.withCode++;
  for (const t of tags) stats.tagUse.set(t, (stats.tagUse.get(t) || 0) + 1);
  stats.catUse.set(category, (stats.catUse.get(category) || 0) + 1);
  const ym = ymd.slice(0, 7), y = ymd.slice(0, 4);
  stats.months.set(ym, (stats.months.get(ym) || 0) + 1);
  stats.years.set(y, (stats.years.get(y) || 0) + 1);
  dayCount.set(ymd, (dayCount.get(ymd) || 0) + 1);
}

for (const v of dayCount.values()) if (v > 1) stats.sharedDay += v;
const pages = (m) => [...m.values()].reduce((a, c) => a + Math.ceil(c / 10), 0);
const summary = {
  posts: N,
  seed: SEED,
  totalWords: stats.words,
  avgWords: Math.round(stats.words / N),
  totalBytes: stats.bytes,
  postsWithCodeBlock: stats.withCode,
  postsSharingADay: stats.sharedDay,
  tagPool: TAGS.length,
  tagsUsed: stats.tagUse.size,
  tagAssignments: [...stats.tagUse.values()].reduce((a, c) => a + c, 0),
  topTags: [...stats.tagUse.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5),
  categoriesUsed: stats.catUse.size,
  months: stats.months.size,
  years: stats.years.size,
  // expected page counts for the reference page set (10 per page)
  expectedPages: {
    posts: N,
    tagPages: pages(stats.tagUse),
    categoryPages: pages(stats.catUse),
    monthPages: pages(stats.months),
    yearPages: pages(stats.years),
    homePages: Math.ceil(N / 10),
  },
};
summary.expectedPages.total = Object.values(summary.expectedPages).reduce((a, c) => a + c, 0);
if (opts.stats) fs.writeFileSync(path.join(OUT, "..", `corpus-stats-${N}.json`), JSON.stringify(summary, null, 2));
console.error(JSON.stringify(summary));

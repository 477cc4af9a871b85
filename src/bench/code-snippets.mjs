// Realistic source fragments per language, for the code benchmark (src/bench/add-code.ts): it takes
// windows of 10–40 lines from them. `foo` is a language no highlighter knows.
export const SNIPPETS = {
  ts: `import { readFile } from "node:fs/promises";
import type { Post, Term } from "./model.ts";

export interface BuildOptions {
  readonly contentDir: string;
  readonly outputDir: string;
  readonly drafts?: boolean;
}

/** Groups posts by year and month, newest first. */
export function groupByMonth(posts: readonly Post[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    const key = \`\${post.date.getUTCFullYear()}-\${String(post.date.getUTCMonth() + 1).padStart(2, "0")}\`;
    const list = groups.get(key) ?? [];
    list.push(post);
    groups.set(key, list);
  }
  return groups;
}

export class TermIndex<T extends Term> {
  private readonly byslug = new Map<string, T>();
  constructor(private readonly terms: Iterable<T>) {
    for (const term of terms) this.byslug.set(term.slug, term);
  }
  get(slug: string): T | undefined {
    return this.byslug.get(slug);
  }
  get size(): number {
    return this.byslug.size;
  }
}

export async function loadSettings(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, "utf8");
  if (text.trim() === "") return {};
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== "object" || parsed === null) {
    throw new TypeError(\`\${path}: expected an object, got \${typeof parsed}\`);
  }
  return parsed as Record<string, unknown>;
}

type Handler = (event: { kind: "add" | "change" | "unlink"; path: string }) => void;
const handlers: Handler[] = [];
export const onChange = (h: Handler): (() => void) => {
  handlers.push(h);
  return () => handlers.splice(handlers.indexOf(h), 1);
};`,
  js: `'use strict';
const http = require('node:http');
const { URL } = require('node:url');

const PORT = Number(process.env.PORT) || 8080;
const routes = new Map();

function route(method, path, handler) {
  routes.set(\`\${method} \${path}\`, handler);
}

route('GET', '/', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<h1>Hello & welcome</h1>');
});

route('GET', '/api/posts', async (req, res) => {
  const url = new URL(req.url, \`http://\${req.headers.host}\`);
  const page = parseInt(url.searchParams.get('page') ?? '1', 10);
  const posts = await db.query('SELECT * FROM posts LIMIT 10 OFFSET $1', [(page - 1) * 10]);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ page, posts }));
});

const server = http.createServer(async (req, res) => {
  const handler = routes.get(\`\${req.method} \${req.url.split('?')[0]}\`);
  if (!handler) {
    res.statusCode = 404;
    return res.end('Not found');
  }
  try {
    await handler(req, res);
  } catch (err) {
    console.error(err);
    res.statusCode = 500;
    res.end('Internal error');
  }
});

server.listen(PORT, () => console.log(\`listening on :\${PORT}\`));

document.querySelectorAll('a[data-confirm]').forEach((el) => {
  el.addEventListener('click', (e) => {
    if (!window.confirm(el.dataset.confirm)) e.preventDefault();
  });
});
const debounce = (fn, ms = 200) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; };
export default { route, server, debounce };`,
  python: `#!/usr/bin/env python3
"""Summarise a web server access log."""
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

LINE = re.compile(r'(?P<ip>\\S+) \\S+ \\S+ \\[(?P<ts>[^\\]]+)\\] "(?P<method>\\w+) (?P<path>\\S+)')


@dataclass
class Stats:
    hits: int = 0
    paths: Counter = field(default_factory=Counter)
    by_hour: dict = field(default_factory=lambda: defaultdict(int))

    def add(self, path: str, when: datetime) -> None:
        self.hits += 1
        self.paths[path] += 1
        self.by_hour[when.hour] += 1


def parse(stream):
    for lineno, line in enumerate(stream, start=1):
        m = LINE.match(line)
        if m is None:
            print(f"line {lineno}: cannot parse", file=sys.stderr)
            continue
        when = datetime.strptime(m["ts"], "%d/%b/%Y:%H:%M:%S %z")
        yield m["path"], when


def main(argv=None):
    stats = Stats()
    with open(argv[0] if argv else "/var/log/nginx/access.log", encoding="utf-8") as f:
        for path, when in parse(f):
            stats.add(path, when)
    for path, n in stats.paths.most_common(10):
        print(f"{n:8d}  {path}")
    busiest = max(stats.by_hour, key=stats.by_hour.get, default=None)
    print(f"total {stats.hits}, busiest hour {busiest}")
    return 0 if stats.hits else 1


class Cache(dict):
    def __missing__(self, key):
        value = self[key] = key.upper() * 2
        return value


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))`,
  bash: `#!/usr/bin/env bash
set -euo pipefail

SITE_DIR="\${SITE_DIR:-$HOME/site}"
BACKUP="/var/backups/site-$(date +%Y%m%d).tar.gz"
readonly RETAIN_DAYS=14

log() { printf '%s %s\\n' "$(date -Is)" "$*" >&2; }

if [[ ! -d "$SITE_DIR" ]]; then
  log "no such directory: $SITE_DIR"
  exit 1
fi

log "building site in $SITE_DIR"
cd "$SITE_DIR"
npm ci --no-audit
npm run build -- --output _site

tar -czf "$BACKUP" _site && log "wrote $BACKUP ($(du -h "$BACKUP" | cut -f1))"

find /var/backups -name 'site-*.tar.gz' -mtime +"$RETAIN_DAYS" -print -delete

for host in web1 web2 web3; do
  rsync -az --delete _site/ "deploy@\${host}:/srv/www/" || {
    log "rsync to $host failed"
    continue
  }
done

case "\${1:-}" in
  --purge) curl -fsS -X POST "https://cdn.example.com/purge" -H "Authorization: Bearer $CDN_TOKEN" ;;
  "") ;;
  *) echo "usage: $0 [--purge]" >&2; exit 2 ;;
esac

count=$(ls _site/posts | wc -l)
echo "deployed \${count} posts"
grep -rl 'TODO' content/ | xargs -r sed -i 's/TODO/FIXME/g'
export PATH="$PWD/node_modules/.bin:$PATH"
while read -r line; do echo ">> $line"; done < <(git log --oneline -5)`,
  json: `{
  "name": "my-blog",
  "version": "2.4.1",
  "description": "Personal blog built with a static site generator",
  "private": true,
  "type": "module",
  "scripts": {
    "build": "annals build",
    "start": "annals start --port 8080",
    "test": "node --test"
  },
  "dependencies": {
    "markdown-it": "^14.1.0",
    "luxon": "^3.4.4"
  },
  "site": {
    "title": "Notes & Letters",
    "url": "https://example.org/",
    "postsPerPage": 10,
    "comments": false,
    "authors": [
      { "name": "Ada", "email": "ada@example.org", "twitter": null },
      { "name": "Grace", "email": "grace@example.org", "twitter": "@grace" }
    ],
    "menu": ["Home", "Archive", "About"],
    "ratio": 1.618,
    "nested": { "deep": { "deeper": [1, 2, 3, { "x": true }] } }
  },
  "engines": {
    "node": ">=20"
  },
  "files": [
    "dist/",
    "README.md"
  ],
  "license": "MIT"
}`,
  css: `:root {
  --text: #1d1d1f;
  --background: #fdfcf9;
  --measure: 40rem;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e8e6e1;
    --background: #16161a;
  }
}

body {
  margin: 0 auto;
  max-width: var(--measure);
  font: 1.125rem/1.6 Charter, Georgia, serif;
  color: var(--text);
  background: var(--background);
}

.post-body pre {
  overflow-x: auto;
  padding: 0.75rem 1rem;
  border-radius: 4px;
}

a:hover,
a:focus-visible {
  text-decoration-thickness: 2px;
  outline: 2px solid currentColor;
}

.grid > * + * {
  margin-top: calc(1rem + 2vw);
}

@supports (display: grid) {
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 16rem; gap: 2rem; }
}

nav ul li::before { content: "\\2022"; color: rgb(120 120 130 / 80%); }
@font-face { font-family: "Mono"; src: url("/fonts/mono.woff2") format("woff2"); }
h1, h2, h3 { line-height: 1.2; font-weight: 700 !important; }`,
  html: `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Archive &mdash; Notes &amp; Letters</title>
  <link rel="stylesheet" href="/assets/annals.css">
  <link rel="alternate" type="application/atom+xml" href="/feed.xml" title="Feed">
</head>
<body class="archive">
  <header class="site-header">
    <a class="site-title" href="/">Notes &amp; Letters</a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/archive/">Archive</a></li>
        <li><a href="/about/" aria-current="page">About</a></li>
      </ul>
    </nav>
  </header>
  <main id="content">
    <article class="post">
      <h1><a href="/2024/05/hello/">Hello, world</a></h1>
      <time datetime="2024-05-01T09:30:00Z">1 May 2024</time>
      <p>Some <em>text</em> with a <code>&lt;tag&gt;</code> inside.</p>
      <img src="/uploads/cat.jpg" alt="A cat on a keyboard" width="640" height="480" loading="lazy">
    </article>
    <!-- pagination -->
    <nav class="pagination">
      <a rel="prev" href="/page/2/">Older</a>
    </nav>
  </main>
  <footer>
    <form action="/search/" method="get">
      <input type="search" name="q" placeholder="Search…" required>
      <button type="submit">Go</button>
    </form>
    <p>&copy; 2024 Ada</p>
  </footer>
</body>
</html>`,
  go: `package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"sync"
	"time"
)

type Post struct {
	Title string    \`json:"title"\`
	Date  time.Time \`json:"date"\`
	Tags  []string  \`json:"tags,omitempty"\`
}

var ErrNotFound = errors.New("post not found")

type Store struct {
	mu    sync.RWMutex
	posts map[string]Post
}

func NewStore() *Store {
	return &Store{posts: make(map[string]Post)}
}

func (s *Store) Get(slug string) (Post, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	p, ok := s.posts[slug]
	if !ok {
		return Post{}, fmt.Errorf("get %q: %w", slug, ErrNotFound)
	}
	return p, nil
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p, err := s.Get(r.URL.Path[1:])
	if errors.Is(err, ErrNotFound) {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(p)
}

func main() {
	addr := ":" + os.Getenv("PORT")
	log.Printf("listening on %s", addr)
	for i := 0; i < 3; i++ {
		go func(n int) { time.Sleep(time.Duration(n) * time.Second) }(i)
	}
	log.Fatal(http.ListenAndServe(addr, NewStore()))
}`,
  rust: `use std::collections::HashMap;
use std::fs;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub title: String,
    pub slug: String,
    pub tags: Vec<String>,
}

#[derive(Debug)]
pub enum LoadError {
    Io(io::Error),
    MissingTitle(PathBuf),
}

impl From<io::Error> for LoadError {
    fn from(e: io::Error) -> Self {
        LoadError::Io(e)
    }
}

pub fn load(path: &Path) -> Result<Post, LoadError> {
    let text = fs::read_to_string(path)?;
    let title = text
        .lines()
        .find_map(|l| l.strip_prefix("title: "))
        .ok_or_else(|| LoadError::MissingTitle(path.to_owned()))?;
    let slug = title.to_lowercase().replace(' ', "-");
    Ok(Post { title: title.to_string(), slug, tags: Vec::new() })
}

fn count_words<'a>(lines: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    let mut counts = HashMap::new();
    for line in lines {
        for word in line.split_whitespace() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    counts
}

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let lines: Vec<String> = stdin.lock().lines().collect::<Result<_, _>>()?;
    let counts = count_words(lines.iter().map(String::as_str));
    let mut top: Vec<_> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1));
    for (word, n) in top.iter().take(10) {
        println!("{n:>6} {word}");
    }
    Ok(())
}`,
  sql: `-- posts and their tags
CREATE TABLE IF NOT EXISTS posts (
    id          BIGSERIAL PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT '',
    published   TIMESTAMPTZ,
    word_count  INTEGER CHECK (word_count >= 0)
);

CREATE TABLE post_tags (
    post_id BIGINT REFERENCES posts(id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (post_id, tag)
);

CREATE INDEX posts_published_idx ON posts (published DESC) WHERE published IS NOT NULL;

INSERT INTO posts (slug, title, body, published)
VALUES ('hello-world', 'Hello, world', 'It''s the first post.', NOW() - INTERVAL '3 days')
ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title;

SELECT date_trunc('month', p.published) AS month,
       COUNT(*) AS posts,
       SUM(p.word_count) AS words,
       string_agg(DISTINCT t.tag, ', ' ORDER BY t.tag) AS tags
FROM posts p
LEFT JOIN post_tags t ON t.post_id = p.id
WHERE p.published BETWEEN '2015-01-01' AND '2024-12-31'
GROUP BY 1
HAVING COUNT(*) > 2
ORDER BY month DESC
LIMIT 24;

WITH ranked AS (
    SELECT id, title, ROW_NUMBER() OVER (PARTITION BY date_trunc('year', published) ORDER BY word_count DESC) AS rn
    FROM posts
)
SELECT * FROM ranked WHERE rn <= 3;

UPDATE posts SET word_count = array_length(regexp_split_to_array(body, '\\s+'), 1) WHERE word_count IS NULL;
DELETE FROM post_tags WHERE tag = '' OR tag IS NULL;`,
  yaml: `# site configuration
title: "Notes & Letters"
url: https://example.org/
language: en-GB
timezone: Europe/London
posts_per_page: 10
drafts: false

author:
  name: Ada Lovelace
  email: ada@example.org
  links:
    - https://github.com/ada
    - https://mastodon.social/@ada

permalinks:
  post: /:year/:month/:slug/
  tag: /tag/:slug/

build:
  output: _site
  minify: true
  exclude: [drafts/, "*.bak", node_modules]

feeds:
  atom:
    enabled: yes
    limit: 20
  json: ~

deploy: &deploy
  host: web1.example.org
  user: deploy
  path: /srv/www
staging:
  <<: *deploy
  host: staging.example.org

description: >
  A personal archive of posts,
  folded onto one line.
footer: |
  Written by hand.
  Built with annals.
version: 1.2`,
  foo: `frobnicate <widget> with {gizmo} := 42
  when ready -> emit "done" & halt
  loop 3 times { spin(); }  # not a real language
  x <- y ++ z ;; end
  <script>alert("escaped?")</script>
  vars: $a, @b, %c, &d;
  block {
    fetch "https://example.org/?a=1&b=2"
    assert 1 < 2 && 3 > 2
  }
  // trailing comment
  /* another */ 'quoted' "double"
  0xFF 3.14 1e10 true false null`,
};

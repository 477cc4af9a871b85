// The uploads folder: references found in every form, and nothing outside the folder ever copied.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { UploadsResolver } from "../../src/import/uploads.ts";
import { temporaryFolder } from "./helpers.ts";

describe("UploadsResolver", () => {
  test("own host, site paths, files.wordpress.com, srcset and queries; a missing variant served by its original", (t) => {
    const folder = path.join(temporaryFolder(t), "uploads");
    fs.mkdirSync(path.join(folder, "2015", "01"), { recursive: true });
    for (const name of ["a.png", "b c.jpg", "photo.jpg"])
      fs.writeFileSync(path.join(folder, "2015", "01", name), name);
    const resolver = new UploadsResolver({ folder, baseUrl: "https://blog.wordpress.com" });
    const { text, copied, missing, remote } = resolver.resolve(
      [
        "![a](https://blog.wordpress.com/wp-content/uploads/2015/01/a.png)",
        '<img src="/wp-content/uploads/2015/01/b%20c.jpg" srcset="https://blog.files.wordpress.com/2015/01/photo-300x200.jpg?w=300 300w, https://blog.files.wordpress.com/2015/01/photo.jpg 800w">',
        "[gone](https://blog.wordpress.com/wp-content/uploads/2015/01/gone.pdf) [other](https://other.files.wordpress.com/2015/01/a.png)",
      ].join("\n"),
    );
    assert.equal(
      text,
      [
        "![a](/wp-content/uploads/2015/01/a.png)",
        '<img src="/wp-content/uploads/2015/01/b%20c.jpg" srcset="/wp-content/uploads/2015/01/photo.jpg 300w, /wp-content/uploads/2015/01/photo.jpg 800w">',
        "[gone](https://blog.wordpress.com/wp-content/uploads/2015/01/gone.pdf) [other](https://other.files.wordpress.com/2015/01/a.png)",
      ].join("\n"),
    );
    assert.deepEqual([...copied].sort(), ["2015/01/a.png", "2015/01/b c.jpg", "2015/01/photo.jpg"]);
    assert.deepEqual(missing, ["2015/01/gone.pdf"]);
    assert.equal(remote, 1);
  });

  test("a symbolic link that leads out of the folder is not a file of it", (t) => {
    const work = temporaryFolder(t);
    const folder = path.join(work, "uploads");
    fs.mkdirSync(path.join(folder, "2015", "01"), { recursive: true });
    fs.writeFileSync(path.join(work, "secret.txt"), "secret");
    fs.symlinkSync(path.join(work, "secret.txt"), path.join(folder, "2015", "01", "b.png"));
    const resolver = new UploadsResolver({ folder, baseUrl: "https://blog.example" });
    const { copied, missing } = resolver.resolve("![b](/wp-content/uploads/2015/01/b.png)");
    assert.deepEqual(copied, []);
    assert.deepEqual(missing, ["2015/01/b.png"]);
  });

  test("paths that climb out are not uploads", () => {
    const resolver = new UploadsResolver({ folder: "/nonexistent", baseUrl: "https://blog.example" });
    assert.equal(resolver.uploadPathOf("/wp-content/uploads/2015/%2e%2e/%2e%2e/etc/passwd"), undefined);
    assert.equal(resolver.uploadPathOf("/wp-content/uploads/..%2f..%2fx"), undefined);
  });
});

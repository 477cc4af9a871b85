// The words list pages use to say what they are, modelled on the classic WordPress theme:
// "Posts Tagged ‘Jongun’", "Archive for the ‘WWII News’ Category", "Archive for January 2015".

import type { ArchiveKind } from "../model/types.ts";

export function archiveHeading(kind: ArchiveKind, name: string, siteTitle: string): string {
  switch (kind) {
    case "home":
      return siteTitle;
    case "tag":
      return `Posts Tagged ‘${name}’`;
    case "category":
      return `Archive for the ‘${name}’ Category`;
    case "year":
    case "month":
    case "day":
      return `Archive for ${name}`;
  }
}

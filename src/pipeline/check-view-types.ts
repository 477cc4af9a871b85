// `annals check` type-checks a site's view overrides against the types of the annals the site has
// installed: each file with TypeScript's own checker (strict, as annals' views are), and each default
// export against the view it overrides (`Override<"footer">`), so that an override written without
// annotations is checked too. The build does not type-check (it runs the overrides as they are).

import path from "node:path";
import type ts from "typescript";
import type { ViewSource } from "../content/read-sources.ts";
import { type ContentIssue, contentError } from "../issues.ts";

/** Each override's type errors, as `file:line  message`; none when there are no overrides. */
export async function checkViewTypes(views: readonly ViewSource[]): Promise<ContentIssue[]> {
  const files = views.filter((v) => v.absolute.endsWith(".ts"));
  if (files.length === 0) return [];
  const typescript = (await import("typescript")).default;
  const shownPath = new Map(files.map((v) => [path.resolve(v.absolute), v.path]));
  // A file beside each override (never written: served from memory) that assigns its default export
  // to the view's type.
  const virtual = new Map<string, string>();
  for (const view of files) {
    const name = path.basename(view.absolute, ".ts");
    const checker = path.join(path.dirname(view.absolute), `.annals-check-${name}.ts`);
    virtual.set(
      checker,
      `import view from "./${name}.ts";\nimport type { Override } from "annals";\nexport const checked: Override<"${name}"> = view;\n`,
    );
  }
  const options: ts.CompilerOptions = {
    target: typescript.ScriptTarget.ES2023,
    lib: ["lib.es2023.d.ts"],
    module: typescript.ModuleKind.NodeNext,
    moduleResolution: typescript.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    // `(input, base) => …` without annotations is allowed: its parameters are checked through the
    // assignment to the view's type above.
    noImplicitAny: false,
    skipLibCheck: true,
    types: [],
  };
  const host = typescript.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (file) => virtual.has(path.resolve(file)) || fileExists(file);
  host.readFile = (file) => virtual.get(path.resolve(file)) ?? readFile(file);
  host.getSourceFile = (file, language, onError, create) => {
    const text = virtual.get(path.resolve(file));
    return text === undefined
      ? getSourceFile(file, language, onError, create)
      : typescript.createSourceFile(file, text, language);
  };
  const program = typescript.createProgram(
    [...files.map((v) => v.absolute), ...virtual.keys()],
    options,
    host,
  );
  const issues: ContentIssue[] = [];
  for (const diagnostic of typescript.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file === undefined ? undefined : path.resolve(diagnostic.file.fileName);
    const message = typescript.flattenDiagnosticMessageText(diagnostic.messageText, " ").replace(/\s+/g, " ");
    if (file === undefined) continue;
    const line =
      diagnostic.start === undefined
        ? undefined
        : diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start).line;
    const checkerOf = [...virtual.keys()].find((k) => k === file);
    if (checkerOf !== undefined) {
      // An error in the assignment: the override does not fit the view it replaces.
      const name = path.basename(file, ".ts").replace(".annals-check-", "");
      const view = files.find((v) => path.basename(v.absolute, ".ts") === name);
      issues.push(contentError(view?.path ?? file, undefined, `does not fit the ${name} view: ${message}`));
      continue;
    }
    const shown = shownPath.get(file);
    if (shown !== undefined)
      issues.push(contentError(shown, line === undefined ? undefined : line + 1, message));
  }
  return issues;
}

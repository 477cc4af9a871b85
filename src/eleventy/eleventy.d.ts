// The narrow slice of Eleventy 3's API that annals uses. Eleventy ships no declarations that pass
// `strict`, so these are ours, kept to the calls we make.

declare module "@11ty/eleventy" {
  export interface TemplateDefinition<D> {
    data: Record<string, unknown> | (() => Record<string, unknown>);
    render: (data: D) => string;
  }

  export interface EventArgs {
    readonly dir: { readonly input: string; readonly output: string };
    readonly runMode: "build" | "watch" | "serve";
    readonly results?: readonly {
      readonly outputPath: string | false;
      readonly url: string;
      readonly content: string;
    }[];
  }

  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void;
    addTemplate<D>(
      virtualPath: string,
      template: TemplateDefinition<D>,
      data?: Record<string, unknown>,
    ): void;
    addWatchTarget(target: string): void;
    addPassthroughCopy(mapping: Record<string, string>): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setWatchJavaScriptDependencies(watch: boolean): void;
    setDataDeepMerge(merge: boolean): void;
    on(
      event: "eleventy.before" | "eleventy.after",
      callback: (args: EventArgs) => void | Promise<void>,
    ): void;
    on(event: "eleventy.beforeWatch", callback: (changedFiles: string[]) => void | Promise<void>): void;
    readonly ignores: { add(glob: string): void };
  }

  export interface EleventyOptions {
    configPath?: string;
    /** Runs after the config file (if any): the programmatic configuration. */
    config?: (config: UserConfig) => unknown;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
  }

  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    /** Resets for another build on the same instance (what Eleventy's watch mode does). */
    restart(): Promise<void>;
    init(): Promise<void>;
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  /** Only what `bindToLoopback` (src/eleventy/dev-server.ts) replaces: how the server starts listening. */
  export default class EleventyDevServer {
    readonly server: { listen(options: { port: number; host: string }): void };
    _serverListen(port: number): void;
  }
}

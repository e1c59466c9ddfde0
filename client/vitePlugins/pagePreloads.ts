import type { Plugin, Rollup } from "vite";
import { BOARD_PATH, VIEW_PATH } from "../src/routes";

/** The pages whose code a first visit fetches while the start code is still arriving. */
const PAGES = [
  { path: BOARD_PATH, module: "/src/BoardPage.tsx" },
  { path: VIEW_PATH, module: "/src/ViewPage.tsx" },
];

/** `chunk`'s file, the files it imports (all the way down) and their styles, into `into`. */
function filesOf(bundle: Rollup.OutputBundle, chunk: Rollup.OutputChunk, into: Set<string>): void {
  if (into.has(chunk.fileName)) return;
  into.add(chunk.fileName);
  for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
  for (const name of chunk.imports) {
    const next = bundle[name];
    if (next?.type === "chunk") filesOf(bundle, next, into);
  }
}

/** Run first in the page: hints the files of the page its address names, before any script. */
function preloadScript(pages: [string, string[]][]): string {
  return `(function () {
  var pages = ${JSON.stringify(pages)};
  for (var i = 0; i < pages.length; i++) {
    if (!new RegExp(pages[i][0]).test(location.pathname)) continue;
    pages[i][1].forEach(function (href) {
      var link = document.createElement("link");
      link.rel = /\\.css$/.test(href) ? "preload" : "modulepreload";
      if (link.rel === "preload") link.as = "style";
      // As the page's own loads ask (crossorigin), or each file would be fetched twice.
      link.crossOrigin = "";
      link.href = href;
      document.head.appendChild(link);
    });
    return;
  }
})();`;
}

/**
 * A board's link loads the start code, which then asks for the board's page and its chunks: two
 * round trips in a row, a seventh of a board's first render on a two-core laptop. This writes a
 * few lines into index.html that ask for the page's files at once, from the address alone, so
 * they arrive while the start code does. The start page is left as it is: it loads none of them.
 */
export function pagePreloads(): Plugin {
  return {
    name: "roundtable-page-preloads",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter(
          (c): c is Rollup.OutputChunk => c.type === "chunk",
        );
        const started = new Set<string>();
        for (const entry of chunks.filter((c) => c.isEntry)) filesOf(bundle, entry, started);
        const pages = PAGES.map(({ path, module }): [string, string[]] => {
          // A page shared with another is in a chunk of their common code, not one of its own.
          const chunk = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
          if (!chunk) throw new Error(`pagePreloads: no chunk holds ${module}`);
          const files = new Set<string>();
          filesOf(bundle, chunk, files);
          const hrefs = [...files].filter((file) => !started.has(file)).map((file) => `/${file}`);
          return [path.source, hrefs];
        });
        return {
          html,
          tags: [{ tag: "script", children: preloadScript(pages), injectTo: "head-prepend" }],
        };
      },
    },
  };
}

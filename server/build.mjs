// Bundles the server and the shared package into dist/; npm dependencies stay external.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith("@roundtable/"));

await build({
  entryPoints: ["src/index.ts", "src/cli.ts"].filter((entry) => {
    try {
      readFileSync(new URL(entry, import.meta.url));
      return true;
    } catch {
      return false;
    }
  }),
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: "warning",
});

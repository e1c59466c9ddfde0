import "i18next";
import type { EN } from "./resources";

// Keys are checked against the English catalogue: `t("board:notAKey")` fails to compile.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: typeof EN;
  }
}

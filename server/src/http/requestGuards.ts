import type { MiddlewareHandler } from "hono";
import type { HostCheck } from "../security/hostCheck";
import { isJsonContentType, originAllowed } from "../security/origins";
import { apiError } from "./errors";

/** Refuses a request for a name that is not the server's (DNS rebinding), before anything else. */
export function hostGuard(hostAllowed: HostCheck): MiddlewareHandler {
  return async (c, next) => {
    if (!hostAllowed(c.req.header("host"))) {
      return apiError(
        c,
        403,
        "host-not-allowed",
        "this server does not answer for that host name; add it to ALLOWED_HOSTS",
      );
    }
    await next();
  };
}

const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A page of another site can make a browser send a form (`POST`, no preflight) with the
 * browser's `Origin`. A state-changing call is therefore answered only with a JSON body type
 * (which a page of another site cannot send without a preflight), no `Origin` (a program),
 * or the server's own or an allowed `Origin`. The import's `text/plain` and `text/markdown`
 * bodies thus need a same-origin `Origin` when they carry one.
 */
export function crossSiteGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (
      !SAFE_METHODS.has(c.req.method) &&
      !isJsonContentType(c.req.header("content-type")) &&
      !originAllowed(c.req.header("origin"), c.req.header("host"), allowedOrigins)
    ) {
      return apiError(
        c,
        403,
        "cross-origin",
        "a request from another site's page may not change anything here",
      );
    }
    await next();
  };
}

import type { Context } from "hono";
import type { z } from "zod";
import { apiError } from "./errors";

/**
 * The request's JSON body checked against `schema`, or the 400 to answer: `invalid-json` when
 * it is not JSON, `invalid-body` with every problem named when it does not fit. An empty body
 * reads as `{}`, so endpoints whose fields are all optional take a bare POST.
 */
export async function readJsonBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  const text = await c.req.text();
  let json: unknown = {};
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      return apiError(c, 400, "invalid-json", "the request body is not valid JSON");
    }
  }
  const body = schema.safeParse(json);
  if (!body.success) {
    return apiError(c, 400, "invalid-body", body.error.issues.map((i) => i.message).join("; "));
  }
  return body.data;
}

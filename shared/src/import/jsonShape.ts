// Small checks for reading untrusted JSON, each naming where the problem is
// ("lanes[2].notes[0].text must be a string") so a person can find it in the file.

export class ShapeError extends Error {}

export type Fields = Readonly<Record<string, unknown>>;

export function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

export function fields(value: unknown, path: string): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ShapeError(`${path || "the file"} must be an object`);
  }
  return value as Fields;
}

export function list(record: Fields, key: string, path: string): readonly unknown[] {
  const value = record[key];
  if (!Array.isArray(value)) throw new ShapeError(`${at(path, key)} must be a list`);
  return value;
}

export function text(record: Fields, key: string, path: string): string {
  const value = record[key];
  if (typeof value !== "string") throw new ShapeError(`${at(path, key)} must be a string`);
  return value;
}

export function optionalText(record: Fields, key: string, path: string): string | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new ShapeError(`${at(path, key)} must be a string or null`);
  return value;
}

export function count(record: Fields, key: string, path: string): number | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new ShapeError(`${at(path, key)} must be a whole number of at least 0, or null`);
  }
  return value;
}

/** An ISO 8601 time as milliseconds, or null. */
export function time(record: Fields, key: string, path: string): number | null {
  const value = optionalText(record, key, path);
  if (value === null) return null;
  const ms = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(ms) || ms < 0) {
    throw new ShapeError(`${at(path, key)} must be an ISO 8601 time, not "${value.slice(0, 40)}"`);
  }
  return ms;
}

/** The line holding a JSON.parse error, when the engine's message gives its position. */
export function lineOfParseError(source: string, error: unknown): number | null {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return null;
  return source.slice(0, Number(position)).split("\n").length;
}

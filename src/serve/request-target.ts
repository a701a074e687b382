// What a request asks for, read strictly: its path decoded and normalised once, before any rule of either server looks
// at it, so that `//_headers`, `/./_headers` and `/x/../_headers` all meet the rule for `/_headers`.
import { findControlCharacter } from "../lib/characters.ts";

/** A request path the servers can act on, or why they cannot. */
export type RequestTarget =
  | {
      ok: true;
      /** Decoded, without empty, `.` or `..` segments; ends in `/` when the request named a folder. */ path: string;
      /** The query with its `?`, or "". */ query: string;
    }
  | { ok: false; reason: string };

/** Reads a request target (`/a/./b/../c?x`, or the absolute form `http://host/a`) into a decoded, normalised path. */
export function readRequestTarget(url: string | undefined): RequestTarget {
  if (!url) return { ok: false, reason: "the request names no path" };
  const originForm = /^https?:\/\//i.test(url) ? url.replace(/^https?:\/\/[^/?#]*/i, "") || "/" : url;
  if (!originForm.startsWith("/")) return { ok: false, reason: "the request path must start with /" };
  const end = originForm.search(/[?#]/);
  const rawPath = end === -1 ? originForm : originForm.slice(0, end);
  const query = end !== -1 && originForm[end] === "?" ? (originForm.slice(end).split("#", 1)[0] ?? "") : "";
  if (findControlCharacter(query)) return { ok: false, reason: "the query holds a control character" };
  const rawSegments = rawPath.split("/").slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, reason: "the path holds a malformed percent-encoding" };
    }
    if (segment.includes("/") || segment.includes("\\")) return { ok: false, reason: "the path holds an encoded slash" };
    // Never part of a file name the site writes, and unsafe to echo into a header.
    if (findControlCharacter(segment)) return { ok: false, reason: "the path holds a control character" };
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return { ok: false, reason: "the path leads above the site's root" };
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const last = rawSegments.at(-1) ?? "";
  const namesFolder = segments.length === 0 || ["", ".", ".."].includes(safeDecode(last));
  return { ok: true, path: `/${segments.join("/")}${namesFolder && segments.length > 0 ? "/" : ""}`, query };
}

/** Writes a normalised path back as a URL path, each segment percent-encoded, for a Location header. */
export function encodePath(decoded: string): string {
  return decoded
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

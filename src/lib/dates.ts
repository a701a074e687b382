// Dates as readers see them, through luxon; every date comes from content or git, never from a file's timestamp.
import { DateTime } from "luxon";

/** Parses a YYYY-MM-DD date as a UTC calendar day. */
export function parseIsoDate(value: string): DateTime {
  return DateTime.fromISO(value, { zone: "utc" });
}

/** Formats a YYYY-MM-DD date for readers, like "24 November 2026". */
export function readableDate(value: string): string {
  // Format tokens: https://moment.github.io/luxon/#/formatting?id=table-of-tokens
  return parseIsoDate(value).setLocale("en-GB").toFormat("d MMMM yyyy");
}

/** Formats a YYYY-MM-DD date as an RFC 3339 timestamp at midnight UTC, as feeds and sitemaps want it. */
export function timestamp(value: string): string {
  return parseIsoDate(value).toISO({ suppressMilliseconds: true }) ?? value;
}

/** Returns the later of two YYYY-MM-DD dates. */
export function laterDate(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

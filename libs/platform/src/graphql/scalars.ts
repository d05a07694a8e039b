import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  TimeZoneResolver,
  URLResolver,
} from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * graphql-scalars' DateTime, serializing to the RFC 3339 text itself instead of the Date: the
 * answer is the same text (a Date's toJSON is its toISOString), but JSON.stringify then writes a
 * string rather than calling toJSON on every date, and the text of an instant is remembered:
 * toISOString costs about a microsecond here, and a year's calendar answers 10,000 dates, most
 * of them the same from one request to the next (issue 23). Parsing is graphql-scalars' own.
 */
const isoTexts = new LRUCache<number, string>({ max: 50_000 });
function dateTimeText(value: unknown): unknown {
  const date: unknown =
    value instanceof Date && !Number.isNaN(value.getTime()) ? value : DateTimeResolver.serialize(value);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return date;
  const time = date.getTime();
  let text = isoTexts.get(time);
  if (text === undefined) {
    text = date.toISOString();
    isoTexts.set(time, text);
  }
  return text;
}
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: dateTimeText,
});

/** The contract's other scalars, from graphql-scalars (no hand-written parsers). */
export const DateScalar = DateResolver;
export const EmailAddressScalar = EmailAddressResolver;
export const URLScalar = URLResolver;

/**
 * graphql-scalars' TimeZone, remembering the zones it has accepted: its check builds an
 * Intl.DateTimeFormat for every value, which was half the time of a year's calendar (issue 10).
 * Only valid zone names are remembered, so the set stays within the IANA database.
 */
const acceptedZones = new Set<string>();
function remembered(check: (value: unknown) => unknown) {
  return (value: unknown) => {
    if (typeof value === 'string' && acceptedZones.has(value)) return value;
    const zone = check(value);
    if (typeof zone === 'string') acceptedZones.add(zone);
    return zone;
  };
}
export const TimeZoneScalar = new GraphQLScalarType({
  ...TimeZoneResolver.toConfig(),
  serialize: remembered((v) => TimeZoneResolver.serialize(v)),
  parseValue: remembered((v) => TimeZoneResolver.parseValue(v)),
});

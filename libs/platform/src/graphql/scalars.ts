import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  TimeZoneResolver,
  URLResolver,
} from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

/** The contract's scalars, from graphql-scalars (no hand-written parsers). */
export const DateTimeScalar = DateTimeResolver;
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

import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  TimeZoneResolver,
  URLResolver,
} from 'graphql-scalars';

/** The contract's scalars, from graphql-scalars (no hand-written parsers). */
export const DateTimeScalar = DateTimeResolver;
export const DateScalar = DateResolver;
export const EmailAddressScalar = EmailAddressResolver;
export const URLScalar = URLResolver;
export const TimeZoneScalar = TimeZoneResolver;

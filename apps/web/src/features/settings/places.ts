// The choices of the profile's time zone and country, built from the browser's own tables.

let zones: string[] | null = null;

/** Every IANA zone the browser knows, plus UTC, sorted; and `keep` when the browser lacks it. */
export function timeZoneOptions(keep?: string | null): string[] {
  if (!zones) {
    let known: string[] = [];
    try {
      known = Intl.supportedValuesOf('timeZone');
    } catch {
      known = [];
    }
    zones = [...new Set([...known, 'UTC'])].sort();
  }
  return keep && !zones.includes(keep) ? [keep, ...zones] : zones;
}

// ISO 3166-1 alpha-2 (and XK, Kosovo): what the seed and the sign-in claims store.
const COUNTRY_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'.split(
    ' ',
  );

let countries: { value: string; label: string }[] | null = null;

/** Countries by their English name, valued by code; `keep` (an older free-text value) first when unknown. */
export function countryOptions(keep?: string | null): { value: string; label: string }[] {
  if (!countries) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      names = null;
    }
    countries = COUNTRY_CODES.map((code) => ({
      value: code,
      label: `${names?.of(code) ?? code} (${code})`,
    })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  }
  return keep && !countries.some((c) => c.value === keep)
    ? [{ value: keep, label: keep }, ...countries]
    : countries;
}

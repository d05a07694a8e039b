/** A fraction as the seed slides print it: 0.275 -> "27.50 %". */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(2)} %`;
}

/** A mean of number or scale answers, to two decimals ("3.25"). */
export function meanWords(mean: number): string {
  return mean.toFixed(2);
}

/** What the percentage column of a choice question's table is headed. */
export const MEASURE_WORDS = {
  RATIO: { column: 'Ratio', means: 'of the respondents shown the question' },
  SHARE: { column: 'Share', means: 'of all choices made in the question' },
} as const;

/** An option as the seeds' tables name it: the free-text choice is "Other (please specify)". */
export function optionLabel(o: { key: string; label: string }): string {
  return o.key === OTHER_KEY ? 'Other (please specify)' : o.label;
}

/** OptionTally.key of the free-text Other choice (the contract's "other"). */
export const OTHER_KEY = 'other';

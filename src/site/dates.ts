/** Dates on the site are days in China (Asia/Shanghai), whatever the build machine's time zone. */

export const SITE_TIME_ZONE = 'Asia/Shanghai';

/** The calendar day of `instant` in China, `YYYY-MM-DD`. */
export function chinaDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE }).format(instant);
}

/**
 * The same China calendar day as a UTC midnight. Starlight prints 最近更新 with `timeZone: 'UTC'`; a
 * day built at +08:00 midnight (or a commit made before 08:00 in China) would show one day early.
 */
export function chinaDayAsUtc(instant: Date): Date {
  return new Date(`${chinaDay(instant)}T00:00:00Z`);
}

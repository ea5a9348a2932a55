/** "14 March 2031" or "March 14, 2031", whichever the person's browser language writes. */
export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(date);
}

// Availability and downtime as the Paths tab, presenter mode and the comparison show them. One
// formatter for all three, so a figure reads the same wherever it appears (the end-to-end tests
// compare the presenter's figure with the Paths tab's), and never rounds up to 100%: two paths in
// parallel reach 99.9997%, which two decimals showed as "100.000%" and "0 min down a month".

/** The most decimals shown; a figure still closer to 100% than that is "over 99.9999…%". */
const MOST_DECIMALS = 6;

/** A share of the time up (0–1) as a percentage: two decimals, more only where fewer would read 100%. */
export function availabilityText(availability: number): string {
  if (!Number.isFinite(availability)) return '—';
  if (availability >= 1) return '100%';
  const percent = availability * 100;
  for (let decimals = 2; decimals <= MOST_DECIMALS; decimals++) {
    const text = percent.toFixed(decimals);
    if (!text.startsWith('100')) return `${text}%`;
  }
  return `over ${(100 - 10 ** -MOST_DECIMALS).toFixed(MOST_DECIMALS)}%`;
}

/** Minutes down a month: hours from an hour up, "under 1 min" for a figure above zero that rounds to none. */
export function downtimeText(minutes: number): string {
  if (!Number.isFinite(minutes)) return '—';
  if (minutes >= 60) return `${(minutes / 60).toFixed(1)} h`;
  if (minutes > 0 && minutes < 0.5) return 'under 1 min';
  return `${minutes.toFixed(0)} min`;
}

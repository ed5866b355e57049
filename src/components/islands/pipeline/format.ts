/** Number formats of the pipeline check, in the reader's locale (no currency: an export's currency is not known). */
export interface Formatters {
  amount: (n: number) => string;
  percent: (n: number) => string;
  ratio: (n: number) => string;
  int: (n: number) => string;
  date: (iso: string) => string;
}

export function formatters(locale: string): Formatters {
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const ratio = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    amount: (n) => amount.format(n),
    percent: (n) => percent.format(n),
    ratio: (n) => `${ratio.format(n)}\u00a0×`,
    int: (n) => int.format(n),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
  };
}

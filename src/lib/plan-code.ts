/**
 * Action plans as they travel in a result link's fragment (`#r=CODE&p=PLAN`): one to three
 * actions and a date to take the questionnaire again. Pure, no DOM, no clock (today is passed in).
 *
 * Layout, fields separated by `.`, version first so a later layout can still be told apart:
 *   `1` . date `YYYYMMDD` (empty when none) . action . action …
 * An action is either `b` + three base-36 digits, dimension, band and index of one of the band
 * actions the results offer (`b210`: dimension 2, band 1, action 0), or `t` + the reader's own
 * words, percent-encoded with `.` escaped too (`tAppeler%20Julie`). Example: `1.20270301.b210.tAppeler%20Julie`.
 */

/** Version of the layout above, the first field of every plan. */
export const PLAN_VERSION = '1';

/** Most actions in a plan: a plan is a short list, not a programme. */
export const MAX_ACTIONS = 3;

/** Longest own action, in characters: one sentence fits, and the link stays short. */
export const MAX_TEXT = 140;

/** One of the band actions of the results, by position in the instrument. */
export interface BandAction {
  dimension: number;
  band: number;
  index: number;
}

/** An action the reader wrote. */
export interface OwnAction {
  text: string;
}

export type PlanAction = BandAction | OwnAction;

/** A plan: its actions in the reader's order and the date to take the questionnaire again (`YYYY-MM-DD`, or null). */
export interface Plan {
  actions: PlanAction[];
  date: string | null;
}

/** How many actions each band of each dimension offers: `shape[dimension][band]`. */
export type PlanShape = readonly (readonly number[])[];

/** Why a plan was refused; each kind has its message (`plan.error.<kind>`). */
export type PlanError = 'version' | 'format' | 'date' | 'count' | 'action' | 'text';

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: PlanError };

/** Type guard: true for an action written by the reader. */
export function isOwn(action: PlanAction): action is OwnAction {
  return 'text' in action;
}

/** Returns true when `a` and `b` are the same action. */
export function sameAction(a: PlanAction, b: PlanAction): boolean {
  if (isOwn(a) || isOwn(b)) return isOwn(a) && isOwn(b) && a.text === b.text;
  return a.dimension === b.dimension && a.band === b.band && a.index === b.index;
}

/**
 * Returns `text` trimmed, spaces collapsed, when it can be an own action (1 to MAX_TEXT characters,
 * no control character, no lone surrogate, which no link could carry), else null.
 */
export function ownText(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 0 && [...trimmed].length <= MAX_TEXT && !/[\p{Cc}\p{Cs}]/u.test(trimmed) ? trimmed : null;
}

/** Returns true when `iso` is a calendar date written `YYYY-MM-DD` (years 2000–2999). */
export function isDate(iso: string): boolean {
  const match = /^(2\d{3})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns `date`'s calendar day in its own time zone, as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Returns the day `months` months after `iso` (`YYYY-MM-DD`), on the month's last day when it is shorter. */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month - 1 + months, Math.min(day, last)));
  return date.toISOString().slice(0, 10);
}

const digit = (n: number) => n.toString(36);

/** Returns the fragment form of `plan` (see the layout above). */
export function encodePlan(plan: Plan): string {
  const actions = plan.actions.map((a) =>
    isOwn(a) ? `t${encodeURIComponent(a.text).replace(/\./g, '%2E')}` : `b${digit(a.dimension)}${digit(a.band)}${digit(a.index)}`,
  );
  return [PLAN_VERSION, plan.date?.replace(/-/g, '') ?? '', ...actions].join('.');
}

/** Reads one action field against `shape`; returns the error kind when it is not one. */
function decodeAction(field: string, shape: PlanShape): PlanAction | PlanError {
  if (field.startsWith('t')) {
    let text: string;
    try {
      text = decodeURIComponent(field.slice(1));
    } catch {
      return 'text';
    }
    const own = ownText(text);
    return own === text ? { text } : 'text';
  }
  const ref = /^b([0-9a-z])([0-9a-z])([0-9a-z])$/.exec(field);
  if (!ref) return 'format';
  const [dimension, band, index] = ref.slice(1).map((d) => parseInt(d, 36)) as [number, number, number];
  return index < (shape[dimension]?.[band] ?? 0) ? { dimension, band, index } : 'action';
}

/**
 * Reads a plan from its fragment form, checking each band action against `shape` (the
 * instrument the results belong to). Returns the plan, or why it cannot be read; never throws.
 */
export function decodePlan(text: string, shape: PlanShape): PlanResult {
  const fail = (error: PlanError): PlanResult => ({ ok: false, error });
  if (typeof text !== 'string' || text === '') return fail('format');
  const [version, day, ...fields] = text.split('.');
  if (version !== PLAN_VERSION) return fail('version');
  if (day === undefined) return fail('format');
  const date = day === '' ? null : /^\d{8}$/.test(day) ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` : '';
  if (date !== null && !isDate(date)) return fail('date');
  if (fields.length === 0 || fields.length > MAX_ACTIONS) return fail('count');
  const actions: PlanAction[] = [];
  for (const field of fields) {
    const action = decodeAction(field, shape);
    if (typeof action === 'string') return fail(action);
    if (actions.some((a) => sameAction(a, action))) return fail('format');
    actions.push(action);
  }
  return { ok: true, plan: { actions, date } };
}

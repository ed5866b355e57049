/**
 * A calendar reminder as an iCalendar file (RFC 5545): one all-day event, with a display alarm
 * that morning. Pure: the caller passes the unique id and the time stamp (no clock, no random here).
 */

/** What the reminder says and when. */
export interface Reminder {
  /** Day of the event, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** Globally unique id (RFC 5545 § 3.8.4.7), e.g. a random hex string `@` the site's host. */
  uid: string;
  /** When the file is made (DTSTAMP, written in UTC). */
  stamp: Date;
  /** Page to open, when given (URL property). */
  url?: string | undefined;
}

/** Returns `text` as an iCalendar TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Returns `line` folded as RFC 5545 § 3.1 asks: no line longer than 75 octets, each continuation
 * starting with one space; a character is never split between two lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Returns `iso` (`YYYY-MM-DD`) as an iCalendar DATE (`YYYYMMDD`). */
const dateValue = (iso: string) => iso.replace(/-/g, '');

/** Returns the day after `iso` as an iCalendar DATE: the exclusive end of an all-day event. */
function nextDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** Returns the iCalendar text of `reminder`: CRLF line ends, folded lines, escaped text. */
export function icsText(reminder: Reminder): string {
  const stamp = reminder.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vente-engagee//plan-action//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(reminder.date)}`,
    `DTEND;VALUE=DATE:${nextDay(reminder.date)}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    ...(reminder.url ? [`URL:${reminder.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.summary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

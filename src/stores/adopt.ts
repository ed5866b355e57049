/**
 * State of the charter's adoption certificate (`AdoptCertificate.tsx` renders it), in memory only:
 * the inputs have no `name` attribute and submitting is handled here, so nothing reaches the address
 * bar, a server or any storage; reloading the page forgets it.
 *
 * - `$adoptForm`: what the form's fields hold (name, company), as typed.
 * - `$adoptError`: why the last submission made no certificate (`'name-missing'`), or null. A kind,
 *   not a sentence: the component words it.
 * - `$certificate`: the certificate made by the last valid submission (name and company trimmed,
 *   the date written out in the page's locale), or null before one.
 */
import { atom, map } from 'nanostores';

/** Why a submission made no certificate. */
export type AdoptError = 'name-missing';

/** What a certificate states about its holder. */
export interface Certificate {
  name: string;
  /** Empty when no company was given. */
  company: string;
  /** The day it was made, written out (« 6 décembre 2026 »). */
  date: string;
}

export const $adoptForm = map({ name: '', company: '' });
export const $adoptError = atom<AdoptError | null>(null);
export const $certificate = atom<Certificate | null>(null);

/** Records the name typed; a name no longer blank clears the missing-name error. */
export function typeName(name: string): void {
  $adoptForm.setKey('name', name);
  if ($adoptError.get() === 'name-missing' && name.trim()) $adoptError.set(null);
}

/** Records the company typed. */
export function typeCompany(company: string): void {
  $adoptForm.setKey('company', company);
}

/**
 * Makes the certificate from the form, dated `now` in `locale`; without a name, makes none and
 * keeps the previous one. Returns the error, or null when the certificate is made.
 */
export function submitAdoption(locale: string, now: Date = new Date()): AdoptError | null {
  const { name, company } = $adoptForm.get();
  if (!name.trim()) {
    $adoptError.set('name-missing');
    return 'name-missing';
  }
  $adoptError.set(null);
  $certificate.set({ name: name.trim(), company: company.trim(), date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now) });
  return null;
}

/** Forgets the form and the certificate. */
export function resetAdoption(): void {
  $adoptForm.set({ name: '', company: '' });
  $adoptError.set(null);
  $certificate.set(null);
}

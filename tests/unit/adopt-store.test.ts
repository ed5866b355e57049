import { afterEach, describe, expect, it } from 'vitest';
import { $adoptError, $adoptForm, $certificate, resetAdoption, submitAdoption, typeCompany, typeName } from '../../src/stores/adopt';

const day = new Date(2026, 11, 6, 12);

afterEach(resetAdoption);

describe('the adoption store', () => {
  it('makes no certificate without a name, blank included, and says why as a kind', () => {
    typeName('   ');
    expect(submitAdoption('fr-FR', day)).toBe('name-missing');
    expect([$adoptError.get(), $certificate.get()]).toEqual(['name-missing', null]);
  });

  it('clears the missing-name error once a name is typed, not while it stays blank', () => {
    submitAdoption('fr-FR', day);
    typeName(' ');
    expect($adoptError.get()).toBe('name-missing');
    typeName('C');
    expect($adoptError.get()).toBeNull();
  });

  it('makes the certificate from the trimmed name and company, dated in the page locale', () => {
    typeName('  Camille Martin ');
    typeCompany(' Exemple SA ');
    expect(submitAdoption('fr-FR', day)).toBeNull();
    expect($certificate.get()).toEqual({ name: 'Camille Martin', company: 'Exemple SA', date: '6 décembre 2026' });
    expect($adoptForm.get()).toEqual({ name: '  Camille Martin ', company: ' Exemple SA ' });
    typeName('Camille');
    submitAdoption('en-GB', day);
    expect($certificate.get()).toEqual({ name: 'Camille', company: 'Exemple SA', date: '6 December 2026' });
  });

  it('keeps the certificate made when a later submission lacks the name', () => {
    typeName('Camille');
    submitAdoption('fr-FR', day);
    typeName('');
    expect(submitAdoption('fr-FR', day)).toBe('name-missing');
    expect($certificate.get()?.name).toBe('Camille');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import AdoptCertificate from '../../../src/components/islands/AdoptCertificate';
import { formatCharterDate } from '../../../src/lib/charter';
import { typesetter } from '../../../src/lib/typography';
import { adoptPage, charter, t } from './fixtures';
import { resetAdoption } from '../../../src/stores/adopt';

/** The form's fieldset, disabled until the island can make a certificate. */
const fieldset = () => screen.getByRole('button', { name: t('charter.adopt.submit') }).closest('fieldset')!;

/** Opens the adoption page and waits for the form to be enabled. */
async function open(): Promise<void> {
  render(<AdoptCertificate {...await adoptPage()} />);
  await waitFor(() => expect(fieldset().disabled).toBe(false));
}

afterEach(() => {
  cleanup();
  resetAdoption();
  document.getElementById('adopt-data')?.remove();
});

describe('adoption certificate island', () => {
  it('asks for a name before making the certificate, and focuses its field', async () => {
    await open();
    fireEvent.submit(screen.getByRole('button', { name: t('charter.adopt.submit') }).closest('form')!);
    await screen.findByText(t('charter.adopt.nameMissing'));
    const name = screen.getByLabelText(t('charter.adopt.name'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(document.querySelector('.certificate')).toBeNull();
  });

  it('makes the certificate from the name and company typed, with what it states about the charter', async () => {
    await open();
    fireEvent.input(screen.getByLabelText(t('charter.adopt.name')), { target: { value: '  Camille Martin ' } });
    fireEvent.input(screen.getByLabelText(t('charter.adopt.company')), { target: { value: 'Exemple SA' } });
    fireEvent.submit(screen.getByRole('button', { name: t('charter.adopt.submit') }).closest('form')!);
    const certificate = await screen.findByRole('region', { name: t('charter.certificate.title') });
    expect(certificate.querySelector('.certificate-name')!.textContent).toBe('Camille Martin');
    expect(certificate.querySelector('.certificate-company')!.textContent).toBe('Exemple SA');
    const title = typesetter('fr')(charter.title);
    expect(certificate.querySelector('.certificate-text')!.textContent).toBe(
      t('charter.certificate.declares', { title, version: charter.version, date: formatCharterDate(charter.date), count: charter.articles.length }),
    );
    expect(certificate.querySelector('svg')).not.toBeNull();
    expect(document.querySelector('.adopt-status')!.textContent).toBe(t('charter.adopt.ready'));
  });

  it('keeps its form disabled, without throwing, when the page lacks its data block', async () => {
    const props = await adoptPage();
    document.getElementById('adopt-data')!.remove();
    render(<AdoptCertificate {...props} />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fieldset().disabled).toBe(true);
    expect(screen.getByText(t('charter.adopt.loading'))).toBeTruthy();
  });
});

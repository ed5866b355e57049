/**
 * The adoption certificate, made in the browser: the member types a name (and optionally a
 * company) and gets a printable certificate. The values live in memory only (`src/stores/adopt.ts`):
 * the inputs have no `name` attribute and submitting is handled there, so nothing reaches the
 * address bar, a server or any storage; reloading the page forgets them.
 * Controls stay disabled until hydration, so a submission is never lost.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Ref, TargetedEvent } from 'preact';
import { useStore } from '@nanostores/preact';
import { translator, type KeysUnder, type PickedStrings, type Translator } from '../../lib/i18n';
import { $adoptError, $adoptForm, $certificate, submitAdoption, typeCompany, typeName, type Certificate } from '../../stores/adopt';
import type { ADOPT_CERTIFICATE_STRINGS, ADOPT_FORM_STRINGS } from '../../lib/island-strings';
import { useIslandData } from './shared/data-block';
import './AdoptCertificate.css';

/** Props of the island: what the server render of the form needs (src/lib/island-props.ts). */
export interface AdoptCertificateProps {
  /** Id of the page's data block, which holds the island's `AdoptCertificateData`. */
  dataId: string;
  /** The form's strings, typography applied. */
  strings: PickedStrings<(typeof ADOPT_FORM_STRINGS)[number]>;
}

/** The rest of the island's data, in the page's data block. */
export interface AdoptCertificateData {
  /** The strings of what follows a submission (name check, certificate, its actions), typography applied. */
  strings: PickedStrings<(typeof ADOPT_CERTIFICATE_STRINGS)[number]>;
  /** What the certificate states about the charter. */
  charter: {
    title: string;
    version: string;
    /** Date of the version, already written out (« 26 novembre 2026 »). */
    date: string;
    count: number;
    /** Absolute address of the charter. */
    url: string;
    /** Host name of the site that publishes it. */
    site: string;
    /** Name of the publisher, for the LinkedIn profile entry. */
    publisher: string;
  };
  /** The charter's QR code, inline SVG generated at build time. */
  qrSvg: string;
  /** Locale used to write today's date. */
  locale: string;
}

/** The island's translator: the keys of the form's strings and of the certificate's. */
type AdoptT = Translator<KeysUnder<(typeof ADOPT_FORM_STRINGS)[number] | (typeof ADOPT_CERTIFICATE_STRINGS)[number]>>;

export default function AdoptCertificate({ dataId, strings }: AdoptCertificateProps) {
  const data = useIslandData<AdoptCertificateData>(dataId);
  const t = useMemo(() => translator({ ...strings, ...data?.strings }, data?.locale), [strings, data]);
  // Hydration, not state: without its data block there would be no certificate to make, so the form then stays disabled.
  const [ready, setReady] = useState(false);
  const certificate = useStore($certificate);
  const sheet = useRef<HTMLElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => setReady(data !== null), []);

  useEffect(() => {
    if (certificate && moveFocus.current) {
      moveFocus.current = false;
      sheet.current?.focus();
    }
  }, [certificate]);

  return (
    <div class="adopt">
      <AdoptionForm
        ready={ready}
        t={t}
        onSubmit={() => {
          if (!data) return false;
          const made = submitAdoption(data.locale) === null;
          moveFocus.current = made;
          return made;
        }}
      />

      <p class="adopt-status" role="status">
        {certificate ? t('charter.adopt.ready') : ''}
      </p>

      {certificate && data && (
        <>
          <CertificateSheet certificate={certificate} data={data} sheet={sheet} t={t} />
          <div class="certificate-actions">
            <button class="button" type="button" onClick={() => print()}>
              {t('charter.adopt.print')}
            </button>
            <p class="certificate-hint">{t('charter.adopt.printHint')}</p>
          </div>
          <div class="certificate-profile">
            <h3>{t('charter.adopt.profileTitle')}</h3>
            <p>{t('charter.adopt.profileText')}</p>
          </div>
        </>
      )}
    </div>
  );
}

/** The form: name (required) and company; a submission without a name says so and focuses the field. */
function AdoptionForm({ ready, t, onSubmit }: { ready: boolean; t: AdoptT; onSubmit: () => boolean }) {
  const { name, company } = useStore($adoptForm);
  const missing = useStore($adoptError) === 'name-missing';
  const nameInput = useRef<HTMLInputElement>(null);
  const submit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!onSubmit() && $adoptError.get() === 'name-missing') nameInput.current?.focus();
  };
  return (
    <form class="adopt-form" onSubmit={submit} noValidate>
      <fieldset disabled={!ready}>
        <legend class="visually-hidden">{t('charter.adopt.certificateTitle')}</legend>
        <div class="field">
          <label for="adopt-name">{t('charter.adopt.name')}</label>
          <input
            id="adopt-name"
            ref={nameInput}
            type="text"
            autocomplete="name"
            spellcheck={false}
            required
            maxLength={120}
            value={name}
            aria-invalid={missing ? 'true' : undefined}
            aria-describedby={missing ? 'adopt-name-error' : undefined}
            onInput={(e) => typeName(e.currentTarget.value)}
          />
          {missing && (
            <p id="adopt-name-error" class="field-error">
              {t('charter.adopt.nameMissing')}
            </p>
          )}
        </div>
        <div class="field">
          <label for="adopt-company">{t('charter.adopt.company')}</label>
          <input id="adopt-company" type="text" autocomplete="organization" spellcheck={false} maxLength={120} value={company} onInput={(e) => typeCompany(e.currentTarget.value)} />
        </div>
        <button class="button" type="submit">
          {t('charter.adopt.submit')}
        </button>
      </fieldset>
      {!ready && <p class="adopt-loading">{t('charter.adopt.loading')}</p>}
    </form>
  );
}

/** The printable certificate: who adopted which version of the charter, when, with the charter's QR code. */
function CertificateSheet({ certificate: { name, company, date }, data: { charter, qrSvg }, sheet, t }: { certificate: Certificate; data: AdoptCertificateData; sheet: Ref<HTMLElement>; t: AdoptT }) {
  return (
    <section class="certificate" ref={sheet} tabIndex={-1} aria-labelledby="certificate-title">
      <p class="certificate-kicker">{t('charter.certificate.kicker', { title: charter.title, version: charter.version })}</p>
      <h3 id="certificate-title" class="certificate-title">
        {t('charter.certificate.title')}
      </h3>
      <p class="certificate-name">{name}</p>
      {company && <p class="certificate-company">{company}</p>}
      <p class="certificate-text">{t('charter.certificate.declares', { title: charter.title, version: charter.version, date: charter.date, count: charter.count })}</p>
      <div class="certificate-footer">
        <div class="certificate-sign">
          <p>{t('charter.certificate.done', { date })}</p>
          <p class="certificate-signature">{t('charter.certificate.signature')}</p>
        </div>
        <figure class="certificate-qr">
          <div class="certificate-qr-code" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption>{t('charter.certificate.read', { url: charter.url })}</figcaption>
        </figure>
      </div>
      <p class="certificate-licence">{t('charter.certificate.licence', { site: charter.site })}</p>
    </section>
  );
}

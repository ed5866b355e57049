/**
 * The adoption certificate, made in the browser: the member types a name (and optionally a
 * company) and gets a printable certificate. The values live in this component's state only:
 * the inputs have no `name` attribute and submitting is handled here, so nothing reaches the
 * address bar, a server or any storage; reloading the page forgets them.
 * Controls stay disabled until hydration, so a submission is never lost.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { translator, type PickedStrings } from '../../lib/i18n';
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

export default function AdoptCertificate({ dataId, strings }: AdoptCertificateProps) {
  const data = useIslandData<AdoptCertificateData>(dataId);
  const t = useMemo(() => translator({ ...strings, ...data?.strings }, data?.locale), [strings, data]);
  const [ready, setReady] = useState(false);
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [shown, setShown] = useState(false);
  const [missing, setMissing] = useState(false);
  const [today, setToday] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const certificate = useRef<HTMLElement>(null);
  const moveFocus = useRef(false);

  // Without its data block there would be no certificate to make: the form then stays disabled.
  useEffect(() => setReady(data !== null), []);

  useEffect(() => {
    if (shown && moveFocus.current) {
      moveFocus.current = false;
      certificate.current?.focus();
    }
  }, [shown]);

  const submit = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!data) return;
    if (!name.trim()) {
      setMissing(true);
      nameInput.current?.focus();
      return;
    }
    setMissing(false);
    setToday(new Intl.DateTimeFormat(data.locale, { dateStyle: 'long' }).format(new Date()));
    moveFocus.current = true;
    setShown(true);
  };

  return (
    <div class="adopt">
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
              onInput={(e) => {
                setName(e.currentTarget.value);
                if (missing && e.currentTarget.value.trim()) setMissing(false);
              }}
            />
            {missing && (
              <p id="adopt-name-error" class="field-error">
                {t('charter.adopt.nameMissing')}
              </p>
            )}
          </div>
          <div class="field">
            <label for="adopt-company">{t('charter.adopt.company')}</label>
            <input
              id="adopt-company"
              type="text"
              autocomplete="organization"
              spellcheck={false}
              maxLength={120}
              value={company}
              onInput={(e) => setCompany(e.currentTarget.value)}
            />
          </div>
          <button class="button" type="submit">
            {t('charter.adopt.submit')}
          </button>
        </fieldset>
        {!ready && <p class="adopt-loading">{t('charter.adopt.loading')}</p>}
      </form>

      <p class="adopt-status" role="status">
        {shown ? t('charter.adopt.ready') : ''}
      </p>

      {shown && data && (
        <>
          <section class="certificate" ref={certificate} tabIndex={-1} aria-labelledby="certificate-title">
            <p class="certificate-kicker">{t('charter.certificate.kicker', { title: data.charter.title, version: data.charter.version })}</p>
            <h3 id="certificate-title" class="certificate-title">
              {t('charter.certificate.title')}
            </h3>
            <p class="certificate-name">{name.trim()}</p>
            {company.trim() && <p class="certificate-company">{company.trim()}</p>}
            <p class="certificate-text">
              {t('charter.certificate.declares', { title: data.charter.title, version: data.charter.version, date: data.charter.date, count: data.charter.count })}
            </p>
            <div class="certificate-footer">
              <div class="certificate-sign">
                <p>{t('charter.certificate.done', { date: today })}</p>
                <p class="certificate-signature">{t('charter.certificate.signature')}</p>
              </div>
              <figure class="certificate-qr">
                <div class="certificate-qr-code" dangerouslySetInnerHTML={{ __html: data.qrSvg }} />
                <figcaption>{t('charter.certificate.read', { url: data.charter.url })}</figcaption>
              </figure>
            </div>
            <p class="certificate-licence">{t('charter.certificate.licence', { site: data.charter.site })}</p>
          </section>
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

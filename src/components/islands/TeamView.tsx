/**
 * The team view island: the facilitator pastes or loads result codes; the page shows, per
 * questionnaire, aggregates that reach the anonymity threshold, and the enablement-readiness
 * synthesis. Reads `src/stores/team.ts` and calls its actions; computing is done by `src/lib/`.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { CopyFeedback, useClipboard } from './shared/CopyFeedback';
import { saveBlob } from './shared/download';
import { useStore } from '@nanostores/preact';
import { translator } from '../../lib/i18n';
import { decodeResult } from '../../lib/result-code';
import { codeErrorMessage } from '../../lib/code-messages';
import { parseTeamInput, type DecodeOutcome } from '../../lib/team-input';
import { summarize, summaryCsv, summaryFragment, teamMeans, type TeamCode } from '../../lib/team-summary';
import { MIN_THRESHOLD, DEFAULT_THRESHOLD, THRESHOLD_CHOICES } from '../../lib/team-stats';
import { $shared, $teamInput, $threshold, addTeamFile, clearTeam, closeShared, openShared, setTeamInput, setThreshold } from '../../stores/team';
import { GroupView } from './team/GroupView';
import { ReadinessView } from './team/ReadinessView';
import type { TeamIslandProps, TeamProps } from './team/types';
import type { Session as SessionView } from './team/Session';
import './team/team.css';

export default function TeamView({ dataId }: TeamIslandProps) {
  const data = useMemo(() => readData(dataId), [dataId]);
  if (!data) return null;
  return <Team {...data} />;
}

/** Reads the page's JSON block; null when it is missing (the page then shows its noscript text only). */
function readData(id: string): TeamProps | null {
  if (typeof document === 'undefined') return null;
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as TeamProps) : null;
}

function Team({ instruments, registry, readiness, strings, locale }: TeamProps) {
  const t = useMemo(() => translator<string>(strings, locale), [strings, locale]);
  const num = useCallback((x: number) => x.toLocaleString(locale), [locale]);
  const input = useStore($teamInput);
  const threshold = useStore($threshold);
  const shared = useStore($shared);
  const [ready, setReady] = useState(false);
  const [fileError, setFileError] = useState(false);
  const clipboard = useClipboard(t('team.actions.fallback'));
  // A session on a shared device: its component and every questionnaire load as the page hydrates,
  // before any choice, so that starting one makes no request (see team/Session.tsx).
  const [session, setSession] = useState<{ id: string; View: typeof SessionView } | null>(null);
  const [sessionView, setSessionView] = useState<typeof SessionView | null | 'error'>(null);
  const [sessionId, setSessionId] = useState(instruments[0]!.id);
  const startSession = () => {
    if (typeof sessionView === 'function') setSession({ id: sessionId, View: sessionView });
  };
  const sessionError = sessionView === 'error';

  useEffect(() => {
    openShared(location.hash, instruments);
    setReady(true);
    import('./team/Session')
      .then(async ({ Session, preloadSession }) => {
        await preloadSession(locale.slice(0, 2));
        setSessionView(() => Session);
      })
      .catch(() => setSessionView('error'));
  }, []);

  const nameOf = (id: string) => registry.find((r) => r.id === id)?.name ?? id;
  const decode = (code: string): DecodeOutcome<TeamCode> => {
    const result = decodeResult(code, registry);
    // `code` comes normalised from parseTeamInput (result-link.ts), so it is its own duplicate key.
    if (result.ok) return { ok: true, value: result.value };
    const message = codeErrorMessage(result.error, nameOf);
    return { ok: false, message: t(`diagnostic.${message.key}`, message.values) };
  };
  const parsed = useMemo(() => parseTeamInput(input, decode), [input]);
  const summary = useMemo(() => summarize(parsed.valid.map((v) => v.value), instruments, threshold), [parsed, threshold]);
  const anyShown = summary.groups.some((g) => g.status === 'shown');

  const download = () => {
    const labels = { header: t('team.csv.header').split(';'), few: t('team.hidden.few', { threshold: summary.threshold }), alike: t('team.hidden.alike'), t };
    saveBlob(new Blob(['\uFEFF', summaryCsv(summary, instruments, labels)], { type: 'text/csv;charset=utf-8' }), 'synthese-equipe.csv');
  };
  const copyLink = () => clipboard.copy(`${location.origin}${location.pathname}${summaryFragment(summary)}`, t('team.actions.linkCopied'));
  const leaveShared = () => {
    closeShared();
    history.replaceState(null, '', location.pathname);
  };

  if (shared) {
    return (
      <div class="team" data-ready={ready}>
        <section class="shared" aria-labelledby="shared-title">
          <h2 id="shared-title">{t('team.shared.title')}</h2>
          {!shared.ok ? (
            <p class="callout warning" role="alert">
              {t(`team.shared.error.${shared.error === 'encoding' ? 'format' : shared.error}`)}
            </p>
          ) : (
            <>
              <p>{t('team.shared.intro', { groups: shared.value.groups.map((g) => nameOf(g.instrument)).join(', ') })}</p>
              {shared.value.groups.map((g) => {
                const instrument = instruments.find((i) => i.id === g.instrument)!;
                return (
                  <section key={g.instrument} aria-labelledby={`shared-${g.instrument}`}>
                    <h3 id={`shared-${g.instrument}`}>{instrument.shortTitle}</h3>
                    <GroupView instrument={instrument} count={g.count} threshold={shared.value.threshold} dimensions={g.dimensions} t={t} num={num} />
                  </section>
                );
              })}
              <ReadinessView
                readiness={readiness}
                means={teamMeans(shared.value)}
                instruments={instruments}
                t={t}
                num={num}
              />
            </>
          )}
          <p class="no-print">
            <button type="button" class="button secondary" onClick={leaveShared}>
              {t('team.shared.close')}
            </button>
          </p>
        </section>
      </div>
    );
  }

  if (session) {
    const instrument = instruments.find((i) => i.id === session.id)!;
    return (
      <div class="team" data-ready={ready}>
        <session.View GroupView={GroupView} summarize={summarize} translator={translator} instrument={instrument} registry={registry} threshold={threshold} lang={locale.slice(0, 2)} t={t} num={num} onEnd={() => setSession(null)} />
      </div>
    );
  }

  return (
    <div class="team" data-ready={ready}>
      <section class="entry no-print" aria-labelledby="session-open">
        <h2 id="session-open">{t('team.session.title')}</h2>
        <p>{t('team.session.intro')}</p>
        <fieldset>
          <legend>{t('team.session.legend')}</legend>
          {instruments.map((i) => (
            <label key={i.id} class="choice">
              <input type="radio" name="team-session" value={i.id} checked={sessionId === i.id} disabled={!ready} onChange={() => setSessionId(i.id)} />
              {i.shortTitle}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="button" class="button secondary" disabled={!ready || typeof sessionView !== 'function'} onClick={startSession}>
            {t('team.session.open')}
          </button>
        </p>
        {sessionError && (
          <p class="callout warning" role="alert">
            {t('team.session.error')}
          </p>
        )}
      </section>
      <div class="entry no-print">
        <p>
          <label for="team-codes">{t('team.input.label')}</label>
          <span class="help" id="team-codes-help">
            {t('team.input.help')}
          </span>
          <textarea
            id="team-codes"
            rows={8}
            spellcheck={false}
            autocomplete="off"
            aria-describedby="team-codes-help"
            value={input}
            disabled={!ready}
            onInput={(e) => setTeamInput(e.currentTarget.value)}
          />
        </p>
        <p>
          <label for="team-file">{t('team.file.label')}</label>
          <span class="help" id="team-file-help">
            {t('team.file.help')}
          </span>
          <input
            id="team-file"
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            aria-describedby="team-file-help"
            disabled={!ready}
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file) setFileError(!(await addTeamFile(file)));
              e.currentTarget.value = '';
            }}
          />
          {fileError && (
            <span class="error" role="alert">
              {t('team.file.error')}
            </span>
          )}
        </p>
        <fieldset>
          <legend>{t('team.threshold.legend')}</legend>
          <p class="help">{t('team.threshold.help')}</p>
          {THRESHOLD_CHOICES.map((n) => (
            <label key={n} class="choice">
              <input type="radio" name="team-threshold" value={n} checked={threshold === n} disabled={!ready} onChange={() => setThreshold(n)} />
              {n === DEFAULT_THRESHOLD ? t('team.threshold.recommended', { n }) : t('team.threshold.option', { n })}
            </label>
          ))}
          {threshold === MIN_THRESHOLD && <p class="callout warning">{t('team.threshold.warning')}</p>}
        </fieldset>
      </div>

      <p class="status" role="status">
        {input.trim() === ''
          ? t('team.status.empty')
          : t('team.status.summary', { valid: parsed.valid.length, invalid: parsed.invalid.length, duplicates: parsed.duplicates.length })}
      </p>

      {parsed.invalid.length > 0 && (
        <section class="problems no-print" aria-labelledby="team-invalid">
          <h2 id="team-invalid">{t('team.invalid.title')}</h2>
          <ul>
            {parsed.invalid.map((line) => (
              <li key={`${line.line}-${line.raw}`}>{t('team.invalid.line', { line: line.line, raw: line.raw, message: line.message })}</li>
            ))}
          </ul>
        </section>
      )}
      {parsed.duplicates.length > 0 && (
        <section class="problems no-print" aria-labelledby="team-duplicates">
          <h2 id="team-duplicates">{t('team.duplicates.title')}</h2>
          <ul>
            {parsed.duplicates.map((d) => (
              <li key={d.line}>{t('team.duplicates.line', { line: d.line, first: d.firstLine })}</li>
            ))}
          </ul>
        </section>
      )}

      {summary.groups.map((group) => {
        const instrument = instruments.find((i) => i.id === group.instrument)!;
        return (
          <section key={`${group.instrument}-${group.version}`} class="instrument" aria-labelledby={`group-${group.instrument}-${group.version}`}>
            <h2 id={`group-${group.instrument}-${group.version}`}>
              {instrument.shortTitle}
              {group.version !== instrument.version && ` (${t('team.group.versionLabel', { version: group.version })})`}
            </h2>
            {group.status === 'shown' ? (
              <GroupView instrument={instrument} count={group.count} threshold={summary.threshold} dimensions={group.dimensions} t={t} num={num} />
            ) : group.status === 'version' ? (
              <p class="callout">{t('team.group.version', { count: group.count, version: group.version, current: instrument.version })}</p>
            ) : (
              <p class="callout">
                {t('team.group.count', { count: group.count })}. {t('team.group.hidden', { threshold: summary.threshold, missing: summary.threshold - group.count })}
              </p>
            )}
          </section>
        );
      })}

      {summary.groups.length > 0 && <ReadinessView readiness={readiness} means={teamMeans(summary)} instruments={instruments} t={t} num={num} />}

      {anyShown && (
        <div class="actions no-print">
          <button type="button" class="button" onClick={download}>
            {t('team.actions.csv')}
          </button>
          <button type="button" class="button secondary" onClick={() => print()}>
            {t('team.actions.print')}
          </button>
          <button type="button" class="button secondary" onClick={() => void copyLink()}>
            {t('team.actions.link')}
          </button>
          <button type="button" class="button secondary" onClick={clearTeam}>
            {t('team.actions.clear')}
          </button>
        </div>
      )}
      <CopyFeedback clipboard={clipboard} id="team-link-fallback" label={t('team.actions.fallbackLabel')} />
    </div>
  );
}

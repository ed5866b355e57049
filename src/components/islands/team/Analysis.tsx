/**
 * The facilitator's own screen: opening a session on a shared device, pasting or loading codes,
 * choosing the threshold, then the figures of each questionnaire that reaches it, the readiness
 * synthesis, and the summary's exports (CSV, print, link). Reads the team stores, calls their actions.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { teamFigures, type TeamInstrument, type TeamSummary } from '../../../lib/team-summary';
import { MIN_THRESHOLD, DEFAULT_THRESHOLD, THRESHOLD_CHOICES } from '../../../lib/team-stats';
import { $cancelled, $parsed, $progress, $summary, $teamInput, $threshold, addTeamFile, analyseAgain, cancelAnalysis, clearTeam, setTeamInput, setThreshold } from '../../../stores/team';
import { LISTED_LINES } from '../../../lib/team-input';
import type { Readiness } from '../../../schemas/readiness';
import { plural } from '../../../lib/plural';
import { GroupView } from './GroupView';
import { GapView } from './GapView';
import { committeeGap } from '../../../lib/team-gap';
import { ReadinessView } from './ReadinessView';
import { SummaryActions } from './SummaryActions';
import type { Num, TeamT } from './types';

interface Props {
  instruments: TeamInstrument[];
  readiness: Readiness;
  /** False until hydration: controls stay disabled, so no input is lost. */
  ready: boolean;
  onStartSession: (instrument: string) => void;
  /** Locale of the page, for plural rules. */
  locale: string;
  t: TeamT;
  num: Num;
}

/** Most lines shown in the codes field; more are kept and analysed, not laid out (a long task). */
const SHOWN_LINES = 1_000;

function lineCount(text: string): number {
  let count = text === '' ? 0 : 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export function Analysis({ instruments, readiness, ready, onStartSession, locale, t, num }: Props) {
  const input = useStore($teamInput);
  const parsed = useStore($parsed);
  const summary = useStore($summary);
  const anyShown = summary.groups.some((g) => g.status === 'shown');
  const counted = (base: string, count: number) => plural(t, locale, base, count, { count: num(count) });

  return (
    <>
      <SessionOpener instruments={instruments} ready={ready} onStart={onStartSession} t={t} />
      <div class="entry no-print">
        <CodesField input={input} ready={ready} t={t} num={num} />
        <CodesFile ready={ready} t={t} />
        <ThresholdChoice ready={ready} t={t} />
      </div>

      <AnalysisStatus empty={input.trim() === ''} counted={counted} t={t} num={num} />

      {parsed.invalid.length > 0 && (
        <ProblemLines
          id="team-invalid"
          title={t('team.invalid.title')}
          lines={parsed.invalid}
          line={(line) => [`${line.line}-${line.raw}`, t('team.invalid.line', { line: line.line, raw: line.raw, message: line.message })]}
          more={(count) => t('team.invalid.more', { count: num(count) })}
        />
      )}
      {parsed.duplicates.length > 0 && (
        <ProblemLines
          id="team-duplicates"
          title={t('team.duplicates.title')}
          lines={parsed.duplicates}
          line={(d) => [String(d.line), t('team.duplicates.line', { line: d.line, first: d.firstLine })]}
          more={(count) => t('team.duplicates.more', { count: num(count) })}
        />
      )}

      {/* The committee's declaration beside its salespeople's figures (companies' charter), before the groups. */}
      {instruments.map((instrument) => {
        const gap = committeeGap(
          parsed.valid.map((v) => v.value),
          summary,
          instrument,
        );
        return gap && <GapView key={`gap-${instrument.id}`} instrument={instrument} gap={gap} threshold={summary.threshold} t={t} num={num} />;
      })}

      {summary.groups.map((group) => (
        <GroupSection key={`${group.instrument}-${group.version}`} group={group} summary={summary} instrument={instruments.find((i) => i.id === group.instrument)!} readiness={readiness} counted={counted} t={t} num={num} />
      ))}

      {/* The synthesis reads shown figures: with no questionnaire shown, it has nothing to say and is left out. */}
      {anyShown && <ReadinessView readiness={readiness} figures={teamFigures(summary)} instruments={instruments} t={t} num={num} />}

      <SummaryActions summary={summary} instruments={instruments} t={t} id="team-link-fallback">
        {anyShown && (
          <button type="button" class="button secondary" onClick={clearTeam}>
            {t('team.actions.clear')}
          </button>
        )}
      </SummaryActions>
    </>
  );
}

/** A count with its noun in the plural form of the page's language (« 3 codes valides »). */
type Counted = (base: string, count: number) => string;

/** Opening a session on a shared device: which questionnaire, then the button. */
function SessionOpener({ instruments, ready, onStart, t }: Pick<Props, 'instruments' | 'ready' | 't'> & { onStart: (instrument: string) => void }) {
  const [chosen, setChosen] = useState(instruments[0]!.id);
  return (
    <section class="entry no-print" aria-labelledby="session-open">
      <h2 id="session-open">{t('team.session.title')}</h2>
      <p>{t('team.session.intro')}</p>
      <fieldset>
        <legend>{t('team.session.legend')}</legend>
        {instruments.map((i) => (
          <label key={i.id} class="choice">
            <input type="radio" name="team-session" value={i.id} checked={chosen === i.id} disabled={!ready} onChange={() => setChosen(i.id)} />
            {i.shortTitle}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" class="button secondary" disabled={!ready} onClick={() => onStart(chosen)}>
          {t('team.session.open')}
        </button>
      </p>
    </section>
  );
}

/** The codes field; a paste of thousands of lines is kept and analysed, and a notice stands in for the field. */
function CodesField({ input, ready, t, num }: { input: string; ready: boolean; t: TeamT; num: Num }) {
  const lines = useMemo(() => lineCount(input), [input]);
  const replace = useRef<HTMLButtonElement>(null);
  // A paste of thousands of lines replaces the field by a notice: focus goes to its button, not to the page's top.
  useEffect(() => {
    if (lines > SHOWN_LINES && (document.activeElement === document.body || document.activeElement === null)) replace.current?.focus();
  }, [lines > SHOWN_LINES]);
  return lines > SHOWN_LINES ? (
    // Thousands of lines laid out in the field would freeze the page for a second or more:
    // they are kept in memory and analysed, not shown (see README, « Performance »).
    <p class="pasted">
      {t('team.input.large', { lines: num(lines) })}{' '}
      <button type="button" class="button secondary" ref={replace} onClick={() => setTeamInput('')}>
        {t('team.input.replace')}
      </button>
    </p>
  ) : (
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
        onInput={(e) => {
          const text = e.currentTarget.value;
          // Emptied at once, before the next frame lays thousands of lines out: the notice replaces the field.
          if (lineCount(text) > SHOWN_LINES) e.currentTarget.value = '';
          setTeamInput(text);
        }}
      />
    </p>
  );
}

/** Loading codes from a file (a text file, or a form tool's CSV export). */
function CodesFile({ ready, t }: { ready: boolean; t: TeamT }) {
  const [fileError, setFileError] = useState(false);
  return (
    <p>
      <label for="team-file">{t('team.file.label')}</label>
      <span class="help" id="team-file-help">
        {t('team.file.help')} {t('team.file.columns')}
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
  );
}

/** The anonymity threshold's choices, with a warning at the lowest. */
function ThresholdChoice({ ready, t }: { ready: boolean; t: TeamT }) {
  const threshold = useStore($threshold);
  return (
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
  );
}

/** Where the analysis is: its progress (with cancel) or its outcome, counted (valid, invalid, repeated codes). */
function AnalysisStatus({ empty, counted, t, num }: { empty: boolean; counted: Counted; t: TeamT; num: Num }) {
  const parsed = useStore($parsed);
  const progress = useStore($progress);
  const cancelled = useStore($cancelled);
  return (
    <>
      <p class="status" role="status" id="team-status">
        {progress
          ? t(progress.phase === 'read' ? 'team.progress.read' : 'team.progress.check', { done: num(progress.done), total: num(progress.total) })
          : cancelled
            ? t('team.progress.cancelled')
            : empty
              ? t('team.status.empty')
              : t('team.status.summary', {
                  valid: counted('team.status.valid', parsed.valid.length),
                  invalid: counted('team.status.invalid', parsed.invalid.length),
                  duplicates: counted('team.status.duplicates', parsed.duplicates.length),
                })}
      </p>
      {(progress || cancelled) && (
        <p class="analysis no-print">
          {progress && <progress max={progress.total} value={progress.done} aria-labelledby="team-status" />}
          <button type="button" class="button secondary" onClick={progress ? cancelAnalysis : analyseAgain}>
            {progress ? t('team.progress.cancel') : t('team.progress.restart')}
          </button>
        </p>
      )}
    </>
  );
}

/** Lines of the input that were refused or repeated: the first `LISTED_LINES` (`line` gives each one's key and text), then how many more. */
function ProblemLines<L>({ id, title, lines, line, more }: { id: string; title: string; lines: readonly L[]; line: (item: L) => [key: string, text: string]; more: (count: number) => string }) {
  return (
    <section class="problems no-print" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {lines.slice(0, LISTED_LINES).map((item) => {
          const [key, text] = line(item);
          return <li key={key}>{text}</li>;
        })}
      </ul>
      {lines.length > LISTED_LINES && <p>{more(lines.length - LISTED_LINES)}</p>}
    </section>
  );
}

interface GroupSectionProps {
  group: TeamSummary['groups'][number];
  summary: TeamSummary;
  instrument: TeamInstrument;
  readiness: Readiness;
  counted: Counted;
  t: TeamT;
  num: Num;
}

/** One questionnaire and version: its figures when shown, else why not (another version, too few codes). */
function GroupSection({ group, summary, instrument, readiness, counted, t, num }: GroupSectionProps) {
  const id = `group-${group.instrument}-${group.version}`;
  return (
    <section class="instrument" aria-labelledby={id}>
      <h2 id={id}>
        {instrument.shortTitle}
        {group.version !== instrument.version && ` (${t('team.group.versionLabel', { version: group.version })})`}
      </h2>
      {group.status === 'shown' ? (
        <GroupView
          instrument={instrument}
          // The status line above counts the codes: a second count only when several questionnaires share it.
          countText={summary.groups.length > 1 ? counted('team.group.count', group.count) : undefined}
          threshold={summary.threshold}
          dimensions={group.dimensions}
          dominance={readiness.dominance}
          t={t}
          num={num}
        />
      ) : group.status === 'version' ? (
        <p class="callout">{t('team.group.version', { codes: counted('team.group.count', group.count), version: group.version, current: instrument.version })}</p>
      ) : (
        <p class="callout">
          {counted('team.group.count', group.count)}. {t('team.group.hidden', { threshold: summary.threshold, missing: summary.threshold - group.count })}
        </p>
      )}
    </section>
  );
}

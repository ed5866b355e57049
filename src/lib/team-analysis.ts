/**
 * The team page's analysis of pasted or loaded codes, cut into slices so that the page never
 * freezes: reading the text (Papa Parse), decoding the codes 250 at a time, then the
 * anonymity check of each dimension, one at a time. `analysisSteps` is a generator that yields its
 * progress between slices; `runSliced` drives it, giving the browser back its main thread whenever
 * a slice has run for `budgetMs`, and stops when told to. Pure: the clock and the pause are passed in.
 */
import { candidates, teamInputReader, type DecodeOutcome, type TeamInput } from './team-input';
import { displayOf, privacyCheck, scoreGrid } from './team-privacy';
import { effectiveThreshold, meetsThreshold } from './team-stats';
import { summarize, type TeamCode, type TeamInstrument, type TeamSummary } from './team-summary';

/** Where the analysis is: reading codes (`done` of `total` cells) or checking dimensions (`done` of `total`). */
export interface AnalysisProgress {
  phase: 'read' | 'check';
  done: number;
  total: number;
}

export interface AnalysisResult {
  parsed: TeamInput<TeamCode>;
  summary: TeamSummary;
}

/** Codes decoded between two progress reports. */
export const DECODE_SLICE = 250;

/**
 * Yields the progress of the summary of `codes`: each shown dimension's anonymity check is run once,
 * one per step (its answer is kept by `privacyCheck`), then `summarize` assembles the figures
 * from those answers, unchanged.
 */
export function* summarySteps(codes: readonly TeamCode[], instruments: readonly TeamInstrument[], threshold: number): Generator<AnalysisProgress, TeamSummary> {
  const applied = effectiveThreshold(threshold);
  const work: (() => void)[] = [];
  for (const instrument of instruments) {
    const own = codes.filter((c) => !c.committee && c.instrument === instrument.id && c.version === instrument.version);
    if (!meetsThreshold(own.length, applied)) continue;
    instrument.dimensions.forEach((d, index) => {
      work.push(() => {
        const values = own.flatMap((c) => {
          const score = c.scores[index];
          return score === null || score === undefined ? [] : [score];
        });
        if (values.length >= applied) privacyCheck(displayOf(values, d.bands), scoreGrid(d.items), d.bands);
      });
    });
  }
  for (const [i, step] of work.entries()) {
    step();
    yield { phase: 'check', done: i + 1, total: work.length };
  }
  return summarize(codes, instruments, threshold);
}

/** Yields the progress of the whole analysis of `text`: its cells decoded, then the summary. */
export function* analysisSteps(
  text: string,
  decode: (code: string) => DecodeOutcome<TeamCode>,
  instruments: readonly TeamInstrument[],
  threshold: number,
): Generator<AnalysisProgress, AnalysisResult> {
  const cells = candidates(text);
  const reader = teamInputReader(decode);
  for (let start = 0; start < cells.length; start += DECODE_SLICE) {
    yield { phase: 'read', done: start, total: cells.length };
    reader.add(cells.slice(start, start + DECODE_SLICE));
  }
  const parsed = reader.result;
  const summary = yield* summarySteps(
    parsed.valid.map((v) => v.value),
    instruments,
    threshold,
  );
  return { parsed, summary };
}

export interface SliceOptions {
  /** Longest run before the main thread is given back, in milliseconds. */
  budgetMs: number;
  now: () => number;
  /** Gives the main thread back; resolves when the analysis may go on. */
  pause: () => Promise<void>;
  /** Told whether to stop (a newer analysis, or the reader cancelled). */
  cancelled: () => boolean;
  onProgress?: (progress: AnalysisProgress) => void;
  /** False: even the first slice waits for a pause (a long input, whose reading alone is a slice). */
  startNow?: boolean;
}

/** What `runSliced` gives: the result at once when the first slice finished it, else a promise (null if cancelled). */
export type Sliced<R> = { done: true; value: R } | { done: false; promise: Promise<R | null> };

/**
 * Runs `steps` in slices of at most about `budgetMs` each. The first slice runs at once (unless
 * `startNow` is false), so that a short input is analysed before the call returns (no flash of an
 * empty page); longer ones go on between pauses, reporting their progress, until done or cancelled.
 */
export function runSliced<R>(steps: Generator<AnalysisProgress, R>, options: SliceOptions): Sliced<R> {
  const slice = (): { done: true; value: R } | { done: false } => {
    const start = options.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return { done: true, value: next.value };
      if (options.now() - start >= options.budgetMs) {
        options.onProgress?.(next.value);
        return { done: false };
      }
    }
  };
  if (options.startNow !== false) {
    const first = slice();
    if (first.done) return first;
  }
  const promise = (async () => {
    for (;;) {
      await options.pause();
      if (options.cancelled()) {
        steps.return(undefined as never);
        return null;
      }
      const next = slice();
      if (next.done) return next.value;
    }
  })();
  return { done: false, promise };
}

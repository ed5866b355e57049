/**
 * The pipeline check: the manager loads a CSV export of opportunities, confirms the column mapping,
 * types a period and a target, and reads the figures, charts and bad rows. Everything happens in the
 * browser: the file is read with `File.arrayBuffer()`, never sent, never stored; the state lives in
 * src/stores/pipeline.ts (memory only) and the logic in src/lib/pipeline/. This component renders.
 * The server render (props only) is the file field, disabled; the rest appears once hydrated, with
 * the strings of the page's data block, so a file chosen early is never lost. The figures come
 * counted from the store (in the slices that read the file); the parts of the page that do not change
 * with the settings (the mapping, the bad rows) are kept as they are between two renders, and the
 * progress bar is a component of its own.
 */
import type { ReadableAtom } from "nanostores";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { TargetedEvent } from "preact";
import {
  translator,
  type Dictionary,
  type Translator,
  type UiKey,
} from "../../lib/i18n";
import { FIELDS, type Field } from "../../lib/pipeline/columns";
import type { BadRow } from "../../lib/pipeline/deals";
import {
  decodeTotals,
  encodeTotals,
  SHARE_PARAM,
  totalsOf,
  type SharedTotals,
} from "../../lib/pipeline/share";
import {
  $byOwner,
  $figures,
  $owners,
  $pipeline,
  $progress,
  $settings,
  clearFile,
  defaultSettings,
  loadFile,
  optionsOf,
  setColumn,
  setDateOrder,
  setSettings,
  showOwners,
  type Settings,
} from "../../stores/pipeline";
import { useIslandData } from "./shared/data-block";
import { BarChart } from "./pipeline/BarChart";
import { FiguresTable } from "./pipeline/FiguresTable";
import { formatters, type Formatters } from "./pipeline/format";
import "./Pipeline.css";

export interface PipelineProps {
  /** Id of the page's data block, which holds the island's `PipelineData`. */
  dataId: string;
  /** The strings of the file field, typography applied. */
  strings: Dictionary;
}

export interface PipelineData {
  strings: Dictionary;
  locale: string;
  /** Address of the companies' charter, for the reminder next to the per-salesperson figures. */
  companiesHref: string;
}

const BAD_SHOWN = 200;

/** The settings' fields: key, id (after `pipeline-`) and input type; the label is `pipeline.<key>`. */
const SETTING_INPUTS = [
  ["today", "today", "date"],
  ["start", "start", "date"],
  ["end", "end", "date"],
  ["target", "target", "text"],
  ["staleDays", "stale", "number"],
] as const;

/**
 * The value of `store`, rendered again when it changes. Unlike `useStore`, which redraws on a timer,
 * the redraw is Preact's own (a microtask), so that it happens between two slices of the reading:
 * the slices hand the page back with `scheduler.yield()`, whose continuations pass before timers.
 */
function useAtom<T>(store: ReadableAtom<T>): T {
  const value = store.get();
  const [, redraw] = useState({});
  useEffect(() => {
    // Changed between the first render and this effect: drawn again.
    if (store.get() !== value) redraw({});
    return store.listen(() => redraw({}));
  }, [store]);
  return value;
}

export default function Pipeline({ dataId, strings }: PipelineProps) {
  const data = useIslandData<PipelineData>(dataId);
  const t = useMemo(
    () =>
      translator(
        { ...strings, ...data?.strings },
        data?.locale,
      ) as Translator<UiKey>,
    [strings, data],
  );
  const f = useMemo(() => formatters(data?.locale ?? "fr-FR"), [data]);
  const state = useAtom($pipeline);
  const settings = useAtom($settings);
  const byOwner = useAtom($byOwner);
  const [ready, setReady] = useState(false);
  const [shared, setShared] = useState<SharedTotals | null>(null);

  useEffect(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    if ($settings.get().today === "")
      $settings.set(
        defaultSettings(
          `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
        ),
      );
    const hash = new URLSearchParams(location.hash.slice(1)).get(SHARE_PARAM);
    if (hash) setShared(decodeTotals(hash));
    setReady(true);
  }, []);

  const report = useAtom($figures);
  const owners = useAtom($owners);
  const options = useMemo(() => optionsOf(settings), [settings]);
  const figures = state.phase === "ready" ? report?.figures : null;

  const onFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    await loadFile(new Uint8Array(await file.arrayBuffer()), file.name);
  };
  const set =
    (key: keyof Settings) => (event: TargetedEvent<HTMLInputElement>) =>
      setSettings({
        ...$settings.get(),
        [key]: event.currentTarget.value,
      });

  const shareUrl =
    report && ready
      ? `${location.origin}${location.pathname}#${SHARE_PARAM}=${encodeTotals(totalsOf(report.figures, report.settings.start, report.settings.end))}`
      : "";
  const label = (field: Field) => t(`pipeline.field.${field}` as UiKey);
  // The mapping's lists of columns (one per field) change only with the headers or the mapping: not redrawn otherwise.
  const mapping = useMemo(
    () =>
      state.headers.length > 0 && (
        <details
          class="pipeline-mapping no-print"
          open={state.error === "required"}
        >
          <summary>{t("pipeline.mapping")}</summary>
          <p class="hint">{t("pipeline.mappingHint")}</p>
          <div class="pipeline-mapping-grid">
            {FIELDS.map((field) => (
              <div key={field} class="field">
                <label for={`pipeline-map-${field}`}>{label(field)}</label>
                <select
                  id={`pipeline-map-${field}`}
                  value={String(state.mapping[field] ?? -1)}
                  onChange={(e) =>
                    void setColumn(field, Number(e.currentTarget.value))
                  }
                >
                  <option value="-1">{t("pipeline.none")}</option>
                  {state.headers.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </details>
      ),
    [state.headers, state.mapping, state.error, t],
  );

  const badRows = useMemo(
    () =>
      state.bad.length > 0 && (
        <BadRows
          bad={state.bad}
          width={state.headers.length}
          t={t}
          label={label}
          f={f}
        />
      ),
    [state.bad, state.headers, t, f],
  );

  return (
    <div class="pipeline" data-ready={ready ? "true" : undefined}>
      {ready && shared && <Shared totals={shared} f={f} t={t} />}
      <div class="pipeline-file no-print">
        <label for="pipeline-file">{t("pipeline.file")}</label>
        <p id="pipeline-file-hint" class="hint">
          {t("pipeline.fileHint")}
        </p>
        <input
          id="pipeline-file"
          type="file"
          accept=".csv,.txt,text/csv"
          aria-describedby="pipeline-file-hint"
          disabled={!ready}
          onChange={onFile}
        />
        {state.phase !== "idle" && (
          <button type="button" class="pipeline-clear" onClick={clearFile}>
            {t("pipeline.clear")}
          </button>
        )}
      </div>

      <p role="status" class="pipeline-status">
        {state.phase === "reading" && t("pipeline.reading")}
        {state.phase === "ready" &&
          t("pipeline.read", {
            file: state.fileName,
            records: f.int(state.records),
            encoding:
              state.encoding === "windows-1252" ? "Windows-1252" : "UTF-8",
            delimiter:
              state.delimiter === "\t" ? "tab" : (state.delimiter ?? ""),
            deals: f.int(state.deals.length),
            bad: f.int(state.bad.length),
          })}
        {state.error && t(`pipeline.error.${state.error}`)}
      </p>
      {ready && <Progress label={t("pipeline.reading")} />}

      {mapping}

      {state.formats?.dates === "ambiguous" && (
        <fieldset class="pipeline-dates no-print">
          <legend>{t("pipeline.dates.question")}</legend>
          {(["dmy", "mdy"] as const).map((order) => (
            <label key={order}>
              <input
                type="radio"
                name="pipeline-dates"
                value={order}
                checked={state.dateOrder === order}
                onChange={() => void setDateOrder(order)}
              />{" "}
              {t(`pipeline.dates.${order}`)}
            </label>
          ))}
        </fieldset>
      )}

      {ready && (
        <fieldset class="pipeline-settings">
          <legend>{t("pipeline.settings")}</legend>
          {SETTING_INPUTS.map(([key, id, type]) => (
            <div key={key} class="field">
              <label for={`pipeline-${id}`}>{t(`pipeline.${key}`)}</label>
              <input
                id={`pipeline-${id}`}
                type={type}
                value={settings[key]}
                onInput={set(key)}
                disabled={!ready}
                inputMode={key === "target" ? "decimal" : undefined}
                min={type === "number" ? "0" : undefined}
                step={type === "number" ? "1" : undefined}
              />
            </div>
          ))}
          {!options && (
            <p class="pipeline-invalid">{t("pipeline.settingsInvalid")}</p>
          )}
        </fieldset>
      )}

      {badRows}

      {figures && report && (
        <section class="pipeline-report" aria-labelledby="pipeline-figures">
          <h2 id="pipeline-figures">{t("pipeline.figures")}</h2>
          <FiguresTable
            figures={figures}
            staleDays={report.options.staleDays}
            f={f}
            t={t}
            caption={`${f.date(report.settings.start)} – ${f.date(report.settings.end)}`}
            id="pipeline-def"
          />
          {figures.meddicc.length > 0 && (
            <table class="pipeline-meddicc">
              <caption>{t("pipeline.meddicc.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("pipeline.meddicc.field")}</th>
                  <th scope="col">{t("pipeline.meddicc.share")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.meddicc.map((m) => (
                  <tr key={m.field}>
                    <th scope="row">{label(m.field)}</th>
                    <td>{f.percent(m.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t("pipeline.charts")}</h2>
          <div class="pipeline-charts">
            <BarChart
              id="pipeline-by-stage"
              title={t("pipeline.chart.stage")}
              buckets={figures.byStage}
              label={(k) => k}
              f={f}
              t={t}
            />
            <BarChart
              id="pipeline-by-month"
              title={t("pipeline.chart.month")}
              buckets={figures.byMonth}
              label={(k) => k}
              f={f}
              t={t}
            />
            {figures.aging && (
              <BarChart
                id="pipeline-aging"
                title={t("pipeline.chart.aging")}
                buckets={figures.aging}
                label={(k) => t(`pipeline.age.${k}` as UiKey)}
                f={f}
                t={t}
              />
            )}
          </div>
          <div class="pipeline-actions no-print">
            <button type="button" onClick={() => window.print()}>
              {t("pipeline.print")}
            </button>
            <div class="field">
              <label for="pipeline-share">{t("pipeline.share")}</label>
              <input
                id="pipeline-share"
                type="text"
                readOnly
                value={shareUrl}
                aria-describedby="pipeline-share-hint"
                onFocus={(e) => e.currentTarget.select()}
              />
              <p id="pipeline-share-hint" class="hint">
                {t("pipeline.shareHint")}
              </p>
            </div>
          </div>
          <div class="pipeline-owners no-print">
            <button
              type="button"
              aria-expanded={byOwner}
              onClick={() => showOwners(!byOwner)}
            >
              {t(byOwner ? "pipeline.owners.hide" : "pipeline.owners.show")}
            </button>
            {owners && (
              <>
                <h2>{t("pipeline.owners.title")}</h2>
                <p class="callout warning">
                  {t("pipeline.owners.reminder")}{" "}
                  <a href={data?.companiesHref}>
                    {t("pipeline.owners.charter")}
                  </a>
                </p>
                {owners.map(({ owner, figures: g }, i) => (
                  <FiguresTable
                    key={owner}
                    figures={g}
                    staleDays={report.options.staleDays}
                    f={f}
                    t={t}
                    caption={owner || t("pipeline.owners.unnamed")}
                    id={`pipeline-owner-${i}`}
                  />
                ))}
              </>
            )}
          </div>
        </section>
      )}
    </div>
  );
}

/** The reading's progress, drawn alone: a step of progress redraws this bar and nothing else. */
function Progress({ label }: { label: string }) {
  const progress = useAtom($progress);
  return progress === null ? null : (
    <progress
      class="pipeline-progress no-print"
      max={1}
      value={progress}
      aria-label={label}
    />
  );
}

function BadRows({
  bad,
  width,
  t,
  label,
  f,
}: {
  bad: BadRow[];
  width: number;
  t: Translator<UiKey>;
  label: (field: Field) => string;
  f: Formatters;
}) {
  return (
    <details class="pipeline-bad no-print">
      <summary>{t("pipeline.bad", { count: f.int(bad.length) })}</summary>
      <table>
        <caption>{t("pipeline.bad.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pipeline.bad.line")}</th>
            <th scope="col">{t("pipeline.bad.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {bad.slice(0, BAD_SHOWN).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>
                {t(`pipeline.reason.${row.reason}`, {
                  value: row.value ?? "",
                  width,
                  field: row.field ? label(row.field) : "",
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {bad.length > BAD_SHOWN && (
        <p>
          {t("pipeline.bad.more", { count: f.int(bad.length - BAD_SHOWN) })}
        </p>
      )}
    </details>
  );
}

function Shared({
  totals: s,
  f,
  t,
}: {
  totals: SharedTotals;
  f: Formatters;
  t: Translator<UiKey>;
}) {
  const na = t("pipeline.na");
  const rows: [string, string][] = [
    [
      t("pipeline.fig.open"),
      t("pipeline.fig.openValue", {
        amount: f.amount(s.open),
        count: f.int(s.openCount),
      }),
    ],
    [
      t("pipeline.fig.weighted"),
      s.weighted === null ? na : f.amount(s.weighted),
    ],
    [
      t("pipeline.fig.coverage"),
      s.coverage === null ? na : f.ratio(s.coverage),
    ],
    [t("pipeline.fig.winRate"), s.winRate === null ? na : f.percent(s.winRate)],
    [
      t("pipeline.fig.averageWon"),
      s.averageWon === null ? na : f.amount(s.averageWon),
    ],
    [t("pipeline.fig.cycle"), s.cycle === null ? na : f.int(s.cycle)],
    [
      t("pipeline.fig.velocity"),
      s.velocity === null
        ? na
        : t("pipeline.fig.velocityValue", { amount: f.amount(s.velocity) }),
    ],
    [t("pipeline.fig.pastClose"), f.int(s.pastClose)],
    [
      t("pipeline.fig.forecast"),
      s.low === null || s.high === null
        ? na
        : t("pipeline.fig.forecastValue", {
            low: f.amount(s.low),
            high: f.amount(s.high),
          }),
    ],
  ];
  return (
    <section class="pipeline-shared" aria-labelledby="pipeline-shared">
      <h2 id="pipeline-shared">{t("pipeline.shared")}</h2>
      <p>
        {t("pipeline.sharedIntro", {
          start: f.date(s.start),
          end: f.date(s.end),
        })}
      </p>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

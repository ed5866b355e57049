/**
 * The search page's behaviour: loads Pagefind (only here), runs the query from `?q=` within the
 * section chosen in `?rubrique=` (Pagefind filter), keeps the URL in step with the form, renders
 * results with the sections of the page that match (Pagefind sub-results, one per heading) and
 * announces their number.
 * Messages come from the page (`#search-config`), already in French.
 */
import { format } from '../../lib/i18n';
import { answersQuery, queryVariants, sameExcerpt, readQuery, readSection, wordsAt, writeQuery, writeSection } from '../../lib/search-query';

interface Messages {
  loading: string;
  none: string;
  one: string;
  many: string;
  empty: string;
  error: string;
  section: string;
  inPage: string;
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

interface ResultData {
  url: string;
  excerpt: string;
  /** The page's text as indexed, and the word positions the query matched in it. */
  raw_content?: string;
  content?: string;
  locations?: number[];
  meta: { title?: string; section?: string };
  sub_results?: SubResult[];
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
/** Sections (headings) shown under a page's result. */
const MAX_SUB_RESULTS = 3;

/** Wires the search page found in `doc`. */
export async function runSearchPage(doc: Document): Promise<void> {
  const form = doc.getElementById('search-form') as HTMLFormElement;
  const input = doc.getElementById('search-input') as HTMLInputElement;
  const status = doc.getElementById('search-status') as HTMLElement;
  const list = doc.getElementById('search-results') as HTMLOListElement;
  const config = doc.getElementById('search-config') as HTMLElement;
  const messages = JSON.parse(config.dataset.messages ?? '{}') as Messages;
  const bundle = config.dataset.bundle ?? '/pagefind/';

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (mod: Pagefind) => {
      await mod.options({ excerptLength: 24 });
      return mod;
    }));

  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="rubrique"]')];
  const chosenSection = () => radios.find((r) => r.checked)?.value || undefined;

  let generation = 0;
  const run = async (query: string) => {
    const section = chosenSection();
    const current = ++generation;
    list.replaceChildren();
    if (!query) {
      status.textContent = messages.empty;
      return;
    }
    status.textContent = messages.loading;
    try {
      const engine = await load();
      const searches = await Promise.all(queryVariants(query).map((q) => engine.search(q, section ? { filters: { rubrique: section } } : {})));
      const seen = new Map<string, { score: number; data(): Promise<ResultData> }>();
      for (const result of searches.flatMap((s) => s?.results ?? [])) {
        const known = seen.get(result.id);
        if (!known || known.score < result.score) seen.set(result.id, result);
      }
      const ranked = [...seen.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
      const loaded = await Promise.all(ranked.map((r) => r.data()));
      if (current !== generation) return;
      // A word found nowhere makes Pagefind fall back to a shorter beginning of it (« Medef » → « me »):
      // those pages do not answer the query. Such a fallback concerns every result of the word, so when
      // the best ones do not answer, the search found nothing.
      const data = loaded.filter((d) => answersQuery(query, wordsAt(d.raw_content ?? d.content ?? '', d.locations ?? [])));
      list.replaceChildren(...data.map((d) => renderResult(doc, d, messages, query)));
      const count = data.length === loaded.length ? seen.size : data.length;
      status.textContent = format(count === 0 ? messages.none : count === 1 ? messages.one : messages.many, { count, query });
    } catch {
      if (current === generation) status.textContent = messages.error;
    }
  };

  const update = () => {
    history.replaceState(null, '', writeSection(writeQuery(location.href, input.value), chosenSection()));
    void run(input.value.trim());
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update();
  });
  for (const radio of radios) radio.addEventListener('change', update);

  const initial = readQuery(location.search);
  const initialSection = readSection(location.search) ?? '';
  for (const radio of radios) radio.checked = radio.value === initialSection;
  input.value = initial;
  await run(initial);
}

/**
 * The sections (headings with an anchor) of a result worth showing: those whose heading names the
 * query first, then those with the most matches, at most `MAX_SUB_RESULTS`, in page order.
 */
export function pickSubResults(subs: readonly SubResult[], query: string): SubResult[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
  const words = fold(query).split(/\s+/).filter(Boolean);
  const anchored = subs.filter((sub) => sub.url.includes('#'));
  const rank = (sub: SubResult) => (words.some((w) => fold(sub.title).includes(w)) ? 1000 : 0) + (sub.locations?.length ?? 0);
  const best = [...anchored].sort((a, b) => rank(b) - rank(a)).slice(0, MAX_SUB_RESULTS);
  return anchored.filter((sub) => best.includes(sub));
}

function renderResult(doc: Document, data: ResultData, messages: Messages, query: string): HTMLLIElement {
  const item = doc.createElement('li');
  if (data.meta.section) {
    const section = doc.createElement('span');
    section.className = 'section';
    section.textContent = format(messages.section, { section: data.meta.section });
    item.append(section);
  }
  const link = doc.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = doc.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around matched terms.
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
  const subs = pickSubResults(data.sub_results ?? [], query);
  if (subs.length > 0) {
    const sublist = doc.createElement('ul');
    sublist.className = 'sub';
    sublist.setAttribute('aria-label', format(messages.inPage, { title: link.textContent }));
    for (const sub of subs) {
      const entry = doc.createElement('li');
      const subLink = doc.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      entry.append(subLink);
      // A section whose excerpt is the page's own (the same passage) shows its link only.
      if (!sameExcerpt(sub.excerpt, data.excerpt)) {
        const subExcerpt = doc.createElement('p');
        subExcerpt.innerHTML = sub.excerpt;
        entry.append(subExcerpt);
      }
      sublist.append(entry);
    }
    item.append(sublist);
  }
  return item;
}

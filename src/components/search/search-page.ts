/**
 * The search page's behaviour: loads Pagefind (only here), runs the query from `?q=`,
 * keeps the URL in step with the input, renders results and announces their number.
 * Messages come from the page (`#search-config`), already in French.
 */
import { format } from '../../lib/i18n';
import { queryVariants, readQuery, writeQuery } from '../../lib/search-query';

interface Messages {
  loading: string;
  none: string;
  one: string;
  many: string;
  empty: string;
  error: string;
  section: string;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

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

  let generation = 0;
  const run = async (query: string) => {
    const current = ++generation;
    list.replaceChildren();
    if (!query) {
      status.textContent = messages.empty;
      return;
    }
    status.textContent = messages.loading;
    try {
      const engine = await load();
      const searches = await Promise.all(queryVariants(query).map((q) => engine.search(q)));
      const seen = new Map<string, { score: number; data(): Promise<ResultData> }>();
      for (const result of searches.flatMap((s) => s?.results ?? [])) {
        const known = seen.get(result.id);
        if (!known || known.score < result.score) seen.set(result.id, result);
      }
      const ranked = [...seen.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
      const data = await Promise.all(ranked.map((r) => r.data()));
      if (current !== generation) return;
      list.replaceChildren(...data.map((d) => renderResult(doc, d, messages)));
      const count = seen.size;
      status.textContent = format(count === 0 ? messages.none : count === 1 ? messages.one : messages.many, { count, query });
    } catch {
      if (current === generation) status.textContent = messages.error;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', writeQuery(location.href, input.value));
      void run(input.value.trim());
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, '', writeQuery(location.href, input.value));
    void run(input.value.trim());
  });

  const initial = readQuery(location.search);
  input.value = initial;
  await run(initial);
}

function renderResult(doc: Document, data: ResultData, messages: Messages): HTMLLIElement {
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
  return item;
}

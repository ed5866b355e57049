/**
 * The interface string keys, derived from the French dictionaries (the reference language): a key
 * that no dictionary defines fails type checking wherever `t()` is called. One import per file of
 * `content/i18n/fr/` (tests/unit/i18n.test.ts checks that none is missing).
 */
import type charter from '../../content/i18n/fr/charter.json';
import type diagnostic from '../../content/i18n/fr/diagnostic.json';
import type diagrams from '../../content/i18n/fr/diagrams.json';
import type plan from '../../content/i18n/fr/plan.json';
import type pipeline from '../../content/i18n/fr/pipeline.json';
import type reader from '../../content/i18n/fr/reader.json';
import type site from '../../content/i18n/fr/site.json';
import type team from '../../content/i18n/fr/team.json';

export type UiKey = keyof typeof charter | keyof typeof diagnostic | keyof typeof diagrams | keyof typeof pipeline | keyof typeof plan | keyof typeof reader | keyof typeof site | keyof typeof team;

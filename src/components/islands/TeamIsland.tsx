/**
 * The team view island: the facilitator pastes or loads result codes; the page shows, per
 * questionnaire, aggregates that reach the anonymity threshold, and the enablement-readiness
 * synthesis. One of three screens: a summary link's (`team/SharedSummary.tsx`), a session on a
 * shared device (`team/Session.tsx`), or the facilitator's own analysis (`team/Analysis.tsx`).
 * Its data comes from the page's data block; parsing and figures are derived in `src/stores/team.ts`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { translator } from '../../lib/i18n';
import { $shared, $threshold, closeShared, openTeam } from '../../stores/team';
import { useIslandData } from './shared/data-block';
import { Analysis } from './team/Analysis';
import { Session } from './team/Session';
import { SharedSummary } from './team/SharedSummary';
import type { TeamData, TeamIslandProps } from './team/types';
import './team/team.css';

export default function TeamIsland({ dataId }: TeamIslandProps) {
  const data = useIslandData<TeamData>(dataId);
  // Without its data (the server render), nothing: the page's noscript text stands in.
  return data && <Team {...data} />;
}

function Team({ instruments, registry, readiness, strings, session: sessionData, locale }: TeamData) {
  const t = useMemo(() => translator(strings, locale), [strings, locale]);
  const num = (x: number) => x.toLocaleString(locale);
  const shared = useStore($shared);
  const threshold = useStore($threshold);
  const [ready, setReady] = useState(false);
  // A session on a shared device: its code is in this island's file and its questionnaires in the
  // data block, so that starting one makes no request (see team/Session.tsx).
  const [session, setSession] = useState<string | null>(null);
  const nameOf = (id: string) => registry.find((r) => r.id === id)?.name ?? id;

  useEffect(() => {
    openTeam({ instruments, registry, t }, location.hash);
    setReady(true);
  }, []);

  const instrument = instruments.find((i) => i.id === session);
  return (
    <div class="team" data-ready={ready}>
      {shared ? (
        <SharedSummary shared={shared} instruments={instruments} readiness={readiness} nameOf={nameOf} locale={locale} t={t} num={num} onClose={closeShared} />
      ) : instrument ? (
        <Session
          instrument={instrument}
          registry={registry}
          session={sessionData}
          threshold={threshold}
          dominance={readiness.dominance}
          locale={locale}
          t={t}
          num={num}
          onEnd={() => setSession(null)}
        />
      ) : (
        <Analysis
          instruments={instruments}
          readiness={readiness}
          ready={ready}
          onStartSession={setSession}
          locale={locale}
          t={t}
          num={num}
        />
      )}
    </div>
  );
}

import { randomBytes, randomInt } from 'node:crypto';
import type { AgentAct } from '../../domain/language/acts.ts';
import { isAgentAct } from '../../domain/language/acts.ts';
import {
  accountView,
  continueConversation,
  hangUp as hangUpConversation,
  peekConversation,
  scoringContext,
  startConversation,
} from '../../domain/scenario/runtime.ts';
import { scoreTranscript } from '../../domain/scoring/engine.ts';
import { practiceHints, type Hint } from '../../domain/scoring/hints.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { CallRecord, Transcript } from '../../domain/transcript/schema.ts';
import type { Catalog } from '../content/catalog.ts';
import type { Db } from '../db/database.ts';
import { HttpError } from '../http-error.ts';
import { callsRepository, type CallMode, type CallRow, type TurnRow } from '../repositories/calls.ts';
import { cohortsRepository } from '../repositories/cohorts.ts';
import type { User } from '../repositories/users.ts';
import { refreshTraineeReadiness } from './progress.ts';

/** The call service: every trainee action on a call, persisted before it is answered. */
export function callService(db: Db, catalog: Catalog, clock: () => Date = () => new Date()) {
  const calls = callsRepository(db);

  function scenarioOf(id: string) {
    const entry = catalog.scenarios.get(id);
    if (!entry) throw new HttpError(404, `unknown scenario "${id}"`);
    return entry;
  }

  /** The call if this user may see it; trainers see their cohorts' calls. Unknown and hidden look alike. */
  function visibleCall(user: User, callId: string): CallRow {
    const call = calls.get(callId);
    if (!call) throw new HttpError(404, `no call "${callId}"`);
    if (call.user_id === user.id) return call;
    if (user.role === 'admin') return call;
    if (user.role === 'trainer' && trainsUser(user.id, call.user_id)) return call;
    throw new HttpError(404, `no call "${callId}"`);
  }

  function trainsUser(trainerId: number, traineeId: number): boolean {
    const cohorts = cohortsRepository(db);
    return cohorts.forTrainer(trainerId).some((c) => cohorts.trainees(c.id).some((t) => t.id === traineeId));
  }

  /**
   * Live coaching after the latest exchange: only on the trainee's own practice call, and only
   * when a trainer turned hints on for one of their cohorts. Assessment calls never get any.
   */
  function hintsFor(user: User, call: CallRow): Hint[] | undefined {
    if (call.mode !== 'practice' || call.user_id !== user.id || !cohortsRepository(db).practiceHintsFor(user.id)) return undefined;
    const { scenario } = scenarioOf(call.scenario_id);
    return practiceHints(storedTranscript(call, scenario, calls.turns(call.id), undefined), catalog.rubric, catalog.classify);
  }

  /** The call if it belongs to this user: only the person on the call may act on it. */
  function ownCall(user: User, callId: string): CallRow {
    const call = visibleCall(user, callId);
    if (call.user_id !== user.id) throw new HttpError(403, 'only the person taking this call can act on it');
    return call;
  }

  return {
    /** Dials the scenario's customer and stores the opening turn. */
    start(user: User, input: { scenario: string; mode: CallMode; seed?: number | undefined }) {
      if (input.mode === 'assessment') {
        throw new HttpError(403, 'assessment calls start from an assessment invite');
      }
      const { scenario, machine } = scenarioOf(input.scenario);
      const seed = input.seed ?? randomInt(0, 2 ** 31);
      const step = startConversation(machine, { seed });
      const id = randomBytes(9).toString('base64url');
      calls.create(
        { id, userId: user.id, scenarioId: scenario.id, mode: input.mode, seed, snapshot: JSON.stringify(step.snapshot), stage: step.stage },
        { speaker: step.speaker, text: step.reply, acts: step.customerActs ?? catalog.classify({ text: step.reply, speaker: 'customer' }) },
        clock(),
      );
      return { id, customer: { text: step.reply }, account: accountView(scenario) };
    },

    /** Understands the trainee's words, steps the customer, stores both, then answers. */
    say(user: User, callId: string, text: string) {
      const call = ownCall(user, callId);
      if (call.status !== 'active') throw new HttpError(409, 'this call has already ended');
      const { machine } = scenarioOf(call.scenario_id);
      const snapshot: unknown = JSON.parse(call.snapshot);
      // The snapshot knows who is on the line and what they said last: no need to reread the turns.
      const state = peekConversation(machine, snapshot);
      const previous = state.reply || undefined;
      const acts = catalog
        .classify({
          text,
          speaker: 'agent',
          context: { previous, rpc_verified: state.rpcVerified, third_party_on_line: state.thirdPartyOnLine },
        })
        .filter(isAgentAct) as AgentAct[];
      const step = continueConversation(machine, snapshot, { text, acts });
      const customerActs = step.customerActs ?? catalog.classify({ text: step.reply, speaker: 'customer', context: { previous: text } });
      const newTurns = [{ speaker: 'agent' as const, text, acts }];
      const withReply = step.reply
        ? [...newTurns, { speaker: step.speaker, text: step.reply, acts: customerActs, snapshot: JSON.stringify(step.snapshot) }]
        : newTurns;
      const [agentTurn] = calls.recordExchange(
        callId,
        withReply,
        { snapshot: JSON.stringify(step.snapshot), stage: step.stage, ended: step.ended },
        clock(),
      );
      return { turn: agentTurn as number, customer: { text: step.reply }, ended: step.ended, ...withHints(hintsFor(user, call)) };
    },

    /** The trainee pressed End call: the line drops and the wrap-up form is next. */
    hangUp(user: User, callId: string) {
      const call = ownCall(user, callId);
      if (call.status !== 'active') return;
      const { machine } = scenarioOf(call.scenario_id);
      const step = hangUpConversation(machine, JSON.parse(call.snapshot));
      calls.hangUp(callId, { snapshot: JSON.stringify(step.snapshot), stage: step.stage }, clock());
    },

    /** Files the trainee's record, scores the call on the server and stores the report. */
    end(user: User, callId: string, record: CallRecord | undefined) {
      const call = ownCall(user, callId);
      if (call.status === 'ended') throw new HttpError(409, 'this call has already been ended and scored');
      const { scenario } = scenarioOf(call.scenario_id);
      const transcript = storedTranscript(call, scenario, calls.turns(callId), record);
      const report = scoreTranscript(transcript, catalog.rubric, catalog.classify, { timeline: true });
      const stored = calls.finish(
        callId,
        { record: record ?? null, report, score: report.score, overall: report.overall, rubricVersion: report.rubric_version },
        clock(),
      );
      if (!stored) throw new HttpError(409, 'this call has already been ended and scored');
      if (call.mode === 'practice') refreshTraineeReadiness(db, catalog, call.user_id, clock());
      return report;
    },

    /** The call as its owner or trainer may see it, with the report once ended. */
    view(user: User, callId: string) {
      const call = visibleCall(user, callId);
      const { scenario } = scenarioOf(call.scenario_id);
      return {
        id: call.id,
        scenario: call.scenario_id,
        mode: call.mode,
        status: call.status,
        ownedByViewer: call.user_id === user.id,
        started_at: call.started_at,
        hung_up_at: call.hung_up_at,
        account: accountView(scenario),
        turns: calls.turns(callId).map((t) => ({ n: t.n, speaker: t.speaker, text: t.text })),
        ended: call.status !== 'active',
        ...(call.status === 'active' ? withHints(hintsFor(user, call)) : {}),
        // How the customer felt when the call ended: part of the debrief, never shown mid-call.
        ...(call.status === 'ended' ? { final_mood: peekConversation(scenarioOf(call.scenario_id).machine, JSON.parse(call.snapshot)).mood } : {}),
        ...(call.report ? { report: JSON.parse(call.report) as ReturnType<typeof scoreTranscript> } : {}),
        ...(call.record ? { record: JSON.parse(call.record) as CallRecord | null } : {}),
      };
    },

    /** A user's recent calls. */
    listMine(user: User) {
      return calls.listForUser(user.id);
    },
  };
}

/** A stored call as the transcript the scorer reads: its scenario's account facts, its turns and the filed record. */
export function storedTranscript(call: Pick<CallRow, 'id' | 'scenario_id'>, scenario: Scenario, turns: readonly Pick<TurnRow, 'speaker' | 'text'>[], record: CallRecord | undefined): Transcript {
  return {
    id: call.id,
    scenario: call.scenario_id,
    context: scoringContext(scenario),
    turns: turns.map((t) => ({ speaker: t.speaker, text: t.text })),
    ...(record ? { record } : {}),
  };
}

function withHints(hints: Hint[] | undefined): { hints?: Hint[] } {
  return hints ? { hints } : {};
}

import { useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { AccountPanel, type AccountView } from './AccountPanel.tsx';
import { WrapUpForm, type DispositionOption } from './WrapUpForm.tsx';
import './call-desk.css';

/** A line of the call as the agent's desk shows it: who picked up is for the trainee to find out. */
interface Turn {
  speaker: 'agent' | 'customer';
  text: string;
}

interface Props {
  callId: string;
  title: string;
  account: AccountView;
  initialTurns: Turn[];
  initialStatus: 'active' | 'wrap_up';
  startedAt: string;
  hungUpAt: string | null;
  dispositions: DispositionOption[];
  /** A trainer looking at a trainee's call in progress: no input. */
  readOnly: boolean;
  /** Live coaching from the last exchange (practice calls whose cohort has hints on). */
  initialHints?: Hint[] | undefined;
}

/** A coaching note from the server: what the last words broke, or what to do next. */
interface Hint {
  kind: 'warning' | 'tip';
  text: string;
  rule?: string;
}

type State = {
  turns: Turn[];
  hints: Hint[];
  status: 'active' | 'sending' | 'wrap_up';
  endedAt: number | null;
  error: string | null;
};

type Action =
  | { type: 'send'; text: string }
  | { type: 'answered'; reply: string; ended: boolean; hints: Hint[] }
  | { type: 'failed'; message: string; text: string }
  | { type: 'hung_up' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'send':
      return { ...state, status: 'sending', error: null, turns: [...state.turns, { speaker: 'agent', text: action.text }] };
    case 'answered': {
      const turns = action.reply ? [...state.turns, { speaker: 'customer' as const, text: action.reply }] : state.turns;
      return action.ended
        ? { ...state, turns, hints: [], status: 'wrap_up', endedAt: Date.now() }
        : { ...state, turns, hints: action.hints, status: 'active' };
    }
    case 'failed':
      // The words were not stored: take them back out of the transcript so they can be resent.
      return { ...state, status: 'active', error: action.message, turns: state.turns.slice(0, -1) };
    case 'hung_up':
      return { ...state, status: 'wrap_up', endedAt: Date.now() };
  }
}

async function postJson(url: string, body: unknown): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error ?? `request failed (${res.status})`);
  return data;
}

/** The agent's desk for one call: account, transcript, input, timer, End call, then wrap-up. */
export default function CallDesk(props: Props) {
  const [state, dispatch] = useReducer(reducer, {
    turns: props.initialTurns,
    hints: props.initialHints ?? [],
    status: props.initialStatus,
    endedAt: props.hungUpAt ? Date.parse(props.hungUpAt) : null,
    error: null,
  });
  const [draft, setDraft] = useState('');
  const [hydrated, setHydrated] = useState(false);
  const transcriptRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    const el = transcriptRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [state.turns.length]);
  useEffect(() => {
    if (state.status === 'active') inputRef.current?.focus();
  }, [state.status]);

  async function send(e: FormEvent) {
    e.preventDefault();
    const text = draft.trim();
    if (!text || state.status !== 'active') return;
    dispatch({ type: 'send', text });
    setDraft('');
    try {
      const answer = await postJson(`/api/calls/${props.callId}/turns`, { text });
      dispatch({ type: 'answered', reply: answer.customer?.text ?? '', ended: Boolean(answer.ended), hints: Array.isArray(answer.hints) ? answer.hints : [] });
    } catch (err) {
      setDraft(text);
      dispatch({ type: 'failed', message: (err as Error).message, text });
    }
  }

  async function endCall() {
    try {
      await postJson(`/api/calls/${props.callId}/hangup`, {});
      dispatch({ type: 'hung_up' });
    } catch (err) {
      dispatch({ type: 'failed', message: (err as Error).message, text: '' });
    }
  }

  const live = state.status !== 'wrap_up';

  return (
    <div className="desk" data-hydrated={hydrated ? 'true' : 'false'}>
      <AccountPanel account={props.account} />
      <section className="call panel" aria-label="Call">
        <header className="call-head">
          <div>
            <h1>{props.title}</h1>
            <span className={`line-state ${live ? 'live' : 'done'}`}>{live ? '● On call' : 'Call ended'}</span>
          </div>
          <CallTimer startedAt={Date.parse(props.startedAt)} endedAt={state.endedAt} />
          {live && !props.readOnly && (
            <button type="button" className="btn danger" onClick={endCall} disabled={state.status === 'sending'}>
              End call
            </button>
          )}
        </header>
        <ol className="transcript" ref={transcriptRef} aria-live="polite" aria-label="Transcript">
          {state.turns.map((t, i) => (
            <li key={i} className={`bubble ${t.speaker}`}>
              <span className="who">{t.speaker === 'agent' ? 'You' : 'Customer'}</span>
              <span className="text">{t.text}</span>
            </li>
          ))}
          {state.status === 'sending' && (
            <li className="bubble customer typing" aria-label="The customer is answering">
              <span className="dots"><i /><i /><i /></span>
            </li>
          )}
        </ol>
        {state.error && <div className="error-box" role="alert">{state.error}</div>}
        {live && state.hints.length > 0 && (
          <aside className="coach" aria-label="Coach" data-testid="coach">
            <strong className="coach-title">Coach</strong>
            <ul>
              {state.hints.map((h, i) => (
                <li key={i} className={h.kind}>
                  {h.kind === 'warning' && h.rule && <span className="rule">{h.rule}</span>} {h.text}
                </li>
              ))}
            </ul>
          </aside>
        )}
        {live && !props.readOnly && (
          <form className="say" onSubmit={send}>
            <label htmlFor="say" className="sr-only">What you say</label>
            <input
              id="say"
              ref={inputRef}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder="Type what you say and press Enter"
              autoComplete="off"
              maxLength={2000}
              disabled={!hydrated}
            />
            <button className="btn" type="submit" disabled={!hydrated || state.status === 'sending' || !draft.trim()}>
              Send
            </button>
          </form>
        )}
        {!live && !props.readOnly && <WrapUpForm callId={props.callId} dispositions={props.dispositions} />}
        {!live && props.readOnly && <p className="muted">The trainee has not filed notes for this call yet.</p>}
      </section>
    </div>
  );
}

function CallTimer({ startedAt, endedAt }: { startedAt: number; endedAt: number | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endedAt !== null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endedAt]);
  const seconds = Math.max(0, Math.floor(((endedAt ?? now) - startedAt) / 1000));
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return (
    <time className="timer" aria-label="Call duration" dateTime={`PT${seconds}S`}>
      {mm}:{ss}
    </time>
  );
}

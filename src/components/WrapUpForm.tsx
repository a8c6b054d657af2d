import { useState, type FormEvent } from 'react';

export interface DispositionOption {
  code: string;
  label: string;
}

/** After the call: the account notes and disposition the trainee files before the debrief. */
export function WrapUpForm({ callId, dispositions }: { callId: string; dispositions: DispositionOption[] }) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const amount = String(form.get('amount') ?? '').trim();
    const date = String(form.get('date') ?? '').trim();
    const method = String(form.get('method') ?? '').trim();
    const arrangement = {
      ...(amount ? { amount: Number(amount) } : {}),
      ...(date ? { date } : {}),
      ...(method ? { method } : {}),
    };
    const record = {
      disposition: String(form.get('disposition')),
      notes: String(form.get('notes') ?? ''),
      ...(Object.keys(arrangement).length > 0 ? { arrangement } : {}),
    };
    setSubmitting(true);
    setError(null);
    try {
      const res = await fetch(`/api/calls/${callId}/end`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ record }),
      });
      if (!res.ok) {
        const data = await res.json().catch(() => ({}));
        throw new Error(data.error ?? `could not file the notes (${res.status})`);
      }
      window.location.assign(`/calls/${callId}`);
    } catch (err) {
      setError((err as Error).message);
      setSubmitting(false);
    }
  }

  return (
    <form className="wrap-up" onSubmit={submit} aria-label="Wrap-up">
      <h2>Wrap-up</h2>
      <p className="muted small">File the account notes as you would in the collection system. They are checked against the call.</p>
      {error && <div className="error-box" role="alert">{error}</div>}
      <div className="field">
        <label htmlFor="disposition">Disposition</label>
        <select id="disposition" name="disposition" required defaultValue="">
          <option value="" disabled>Choose a disposition…</option>
          {dispositions.map((d) => (
            <option key={d.code} value={d.code}>{d.code} — {d.label}</option>
          ))}
        </select>
      </div>
      <div className="arrangement">
        <div className="field">
          <label htmlFor="amount">Amount agreed ($)</label>
          <input id="amount" name="amount" type="number" min="0" step="0.01" inputMode="decimal" />
        </div>
        <div className="field">
          <label htmlFor="date">Payment date</label>
          <input id="date" name="date" type="date" />
        </div>
        <div className="field">
          <label htmlFor="method">Method</label>
          <select id="method" name="method" defaultValue="">
            <option value="">—</option>
            <option>debit card</option>
            <option>bank transfer (ACH)</option>
            <option>check</option>
            <option>credit card</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="notes">Account notes</label>
        <textarea id="notes" name="notes" rows={4} maxLength={5000} placeholder="RPC verified, mini-Miranda given, customer agreed to…" />
      </div>
      <button className="btn" type="submit" disabled={submitting}>
        {submitting ? 'Scoring…' : 'File notes and see debrief'}
      </button>
    </form>
  );
}

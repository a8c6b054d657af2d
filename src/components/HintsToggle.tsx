import { useEffect, useState } from 'react';

/** A trainer's switch for live coaching hints in a cohort's practice calls (never in assessments). */
export default function HintsToggle({ cohortId, initial }: { cohortId: number; initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function change(next: boolean) {
    setSaving(true);
    setError(null);
    try {
      const res = await fetch(`/api/cohorts/${cohortId}/hints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ enabled: next }),
      });
      const data = await res.json().catch(() => ({}));
      if (!res.ok) throw new Error(data.error ?? `could not save (${res.status})`);
      setOn(Boolean(data.practice_hints));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="hints-toggle" data-testid="hints-toggle" data-cohort={cohortId} data-hydrated={hydrated ? 'true' : 'false'}>
      <label style={{ display: 'inline-flex', alignItems: 'center', gap: '0.45rem', fontWeight: 600, margin: 0 }}>
        <input type="checkbox" checked={on} disabled={saving || !hydrated} onChange={(e) => change(e.target.checked)} style={{ width: 'auto', margin: 0 }} />
        Live coaching hints in practice calls
      </label>
      <div className="muted small">{on ? 'On: trainees see what to do next and what a line broke.' : 'Off: trainees practise unaided.'} Assessments never show hints.</div>
      {error && <span role="alert" className="error-text"> {error}</span>}
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { sendJson } from './post.ts';

interface Person {
  id: number;
  name: string;
  email: string;
  role: string;
}

/** Adds a trainer or trainee to a cohort, or takes them out; reloads the page after. */
export default function CohortMemberForm({ cohorts, people }: { cohorts: { id: number; name: string }[]; people: Person[] }) {
  const eligible = people.filter((p) => p.role === 'trainee' || p.role === 'trainer' || p.role === 'admin');
  const [person, setPerson] = useState<number | ''>('');
  const [role, setRole] = useState<'trainer' | 'trainee'>('trainee');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  function choose(id: string) {
    const p = eligible.find((x) => x.id === Number(id));
    setPerson(p ? p.id : '');
    if (p) setRole(p.role === 'trainee' ? 'trainee' : 'trainer');
  }

  async function send(method: 'POST' | 'DELETE', form: HTMLFormElement) {
    if (!form.reportValidity()) return;
    const cohort = Number(new FormData(form).get('cohort'));
    setBusy(true);
    setError(null);
    try {
      await sendJson(method, `/api/admin/cohorts/${cohort}/members`, { user: person, role });
      window.location.reload();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void send('POST', e.currentTarget);
  };

  if (cohorts.length === 0) return <p className="muted small">Create a cohort first.</p>;
  const byRole = (r: string[]) => eligible.filter((p) => r.includes(p.role));
  return (
    <form onSubmit={submit} data-testid="member-form" data-hydrated={hydrated ? 'true' : 'false'}>
      {error && <div className="error-box" role="alert">{error}</div>}
      <div className="field">
        <label htmlFor="cm-cohort">Cohort</label>
        <select id="cm-cohort" name="cohort" required>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="cm-person">Person</label>
        <select id="cm-person" name="person" required value={person} onChange={(e) => choose(e.target.value)}>
          <option value="">Choose…</option>
          <optgroup label="Trainers and admins">
            {byRole(['trainer', 'admin']).map((p) => (
              <option key={p.id} value={p.id}>{p.name} · {p.email}</option>
            ))}
          </optgroup>
          <optgroup label="Trainees">
            {byRole(['trainee']).map((p) => (
              <option key={p.id} value={p.id}>{p.name} · {p.email}</option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor="cm-role">As</label>
        <select id="cm-role" name="role" value={role} onChange={(e) => setRole(e.target.value === 'trainer' ? 'trainer' : 'trainee')}>
          <option value="trainee">Trainee</option>
          <option value="trainer">Trainer</option>
        </select>
      </div>
      <div className="actions">
        <button className="btn" type="submit" disabled={busy || !hydrated}>Add</button>
        <button
          className="btn secondary"
          type="button"
          disabled={busy || !hydrated}
          onClick={(e) => void send('DELETE', e.currentTarget.form as HTMLFormElement)}
        >
          Remove
        </button>
      </div>
    </form>
  );
}

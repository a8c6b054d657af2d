import { useEffect, useState, type FormEvent } from 'react';
import { sendJson } from './post.ts';

/** Creates a cohort, then reloads the page to list it. */
export default function NewCohortForm() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '');
    setBusy(true);
    setError(null);
    try {
      await sendJson('POST', '/api/admin/cohorts', { name });
      window.location.reload();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} data-testid="new-cohort-form" data-hydrated={hydrated ? 'true' : 'false'}>
      {error && <div className="error-box" role="alert">{error}</div>}
      <div className="field">
        <label htmlFor="nc-name">Name</label>
        <input id="nc-name" name="name" required maxLength={120} placeholder="e.g. New hires · January" autoComplete="off" />
      </div>
      <button className="btn" type="submit" disabled={busy || !hydrated}>
        {busy ? 'Creating…' : 'Create cohort'}
      </button>
    </form>
  );
}

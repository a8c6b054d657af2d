import { useEffect, useState, type FormEvent } from 'react';
import { sendJson } from './post.ts';

interface Imported {
  created: number;
  trainees: { id: number; line: number; name: string; email: string; password?: string }[];
}

const MAX_BYTES = 1_000_000;

/**
 * Bulk-adds trainees to a cohort from a CSV file (`name,email[,password]`, header first).
 * All or nothing: a bad file lists every problem by line and creates nobody. Generated
 * passwords are shown this once.
 */
export default function TraineeCsvImport({
  cohorts,
  endpoint = '/api/admin/trainees-csv',
}: {
  cohorts: { id: number; name: string }[];
  /**
   * Where to send the file: the admin route by default; a cohort's trainers use
   * `/api/cohorts/{cohort}/trainees-csv` (`{cohort}` is replaced by the chosen cohort's id).
   */
  endpoint?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<(Imported & { cohort: string }) | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const cohort = Number(form.get('cohort'));
    const file = form.get('file');
    setError(null);
    setProblems([]);
    if (!(file instanceof File) || file.size === 0) return setError('Choose a CSV file.');
    if (file.size > MAX_BYTES) return setError('The file is larger than 1 MB; split it into several files.');
    setBusy(true);
    try {
      const result = await sendJson<Imported>('POST', endpoint.replace('{cohort}', String(cohort)), { cohort, csv: await file.text() });
      setDone({ ...result, cohort: cohorts.find((c) => c.id === cohort)?.name ?? '' });
    } catch (err) {
      setError((err as Error).message);
      setProblems((err as { problems?: string[] }).problems ?? []);
    } finally {
      setBusy(false);
    }
  }

  if (cohorts.length === 0) return <p className="muted small">Create a cohort first.</p>;

  if (done) {
    const generated = done.trainees.filter((t) => t.password !== undefined);
    return (
      <div className="admin-result" role="status" data-testid="csv-imported">
        <p>
          Created <strong>{done.created}</strong> trainee{done.created === 1 ? '' : 's'} in {done.cohort}.
        </p>
        {generated.length > 0 && (
          <>
            <p className="small">Generated passwords, shown only now; hand them over safely:</p>
            <table className="data">
              <thead>
                <tr><th>Name</th><th>Email</th><th>Password</th></tr>
              </thead>
              <tbody>
                {generated.map((t) => (
                  <tr key={t.id}>
                    <td>{t.name}</td>
                    <td>{t.email}</td>
                    <td><code className="secret">{t.password}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <button className="btn secondary" type="button" onClick={() => window.location.reload()}>
          Done
        </button>
      </div>
    );
  }

  return (
    <form className="csv-form" onSubmit={submit} data-testid="csv-form" data-hydrated={hydrated ? 'true' : 'false'}>
      <div className="csv-fields">
        <div className="field">
          <label htmlFor="csv-cohort">Cohort</label>
          <select id="csv-cohort" name="cohort" required>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="csv-file">CSV file</label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
        <div className="field">
          <button className="btn" type="submit" disabled={busy || !hydrated}>
            {busy ? 'Importing…' : 'Import trainees'}
          </button>
        </div>
      </div>
      {error && (
        <div className="error-box" role="alert" data-testid="csv-problems">
          <strong>{error.charAt(0).toUpperCase() + error.slice(1)}</strong>
          {problems.length > 0 && (
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

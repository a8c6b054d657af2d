import { useEffect, useState, type FormEvent } from 'react';
import { sendJson } from './post.ts';

interface Created {
  user: { id: number; name: string; email: string; role: string };
  password?: string;
}

/** Creates an account; a generated password is shown this once. */
export default function NewUserForm() {
  const [generate, setGenerate] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      role: String(form.get('role') ?? ''),
      ...(generate ? {} : { password: String(form.get('password') ?? '') }),
    };
    setBusy(true);
    setError(null);
    try {
      setCreated(await sendJson<Created>('POST', '/api/admin/users', body));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <div className="admin-result" role="status" data-testid="user-created">
        <p>
          Created <strong>{created.user.name}</strong> ({created.user.email}) as {created.user.role}.
        </p>
        {created.password && (
          <>
            <p className="small">Password, shown only now; hand it over safely:</p>
            <div>
              <code className="secret" data-testid="generated-password">{created.password}</code>
            </div>
          </>
        )}
        <button className="btn secondary" type="button" onClick={() => window.location.reload()}>
          Done
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} data-testid="new-user-form" data-hydrated={hydrated ? 'true' : 'false'}>
      {error && <div className="error-box" role="alert">{error}</div>}
      <div className="field">
        <label htmlFor="nu-name">Name</label>
        <input id="nu-name" name="name" required maxLength={200} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="nu-email">Email</label>
        <input id="nu-email" name="email" type="email" required maxLength={254} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="nu-role">Role</label>
        <select id="nu-role" name="role" defaultValue="trainee">
          <option value="trainee">Trainee</option>
          <option value="trainer">Trainer</option>
          <option value="reviewer">Reviewer</option>
          <option value="admin">Admin</option>
        </select>
      </div>
      <fieldset className="field plain">
        <legend className="sr-only">Password</legend>
        <label className="inline">
          <input type="radio" name="pw-mode" checked={generate} onChange={() => setGenerate(true)} /> Generate a password
        </label>
        <label className="inline">
          <input type="radio" name="pw-mode" checked={!generate} onChange={() => setGenerate(false)} /> Set one
        </label>
        {!generate && (
          <input name="password" type="password" aria-label="Password" required minLength={8} maxLength={200} autoComplete="new-password" />
        )}
      </fieldset>
      <button className="btn" type="submit" disabled={busy || !hydrated}>
        {busy ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}

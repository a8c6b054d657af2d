/** Sends JSON to an admin API route; the answer's body, or an Error with its `error` message. */
export async function sendJson<T = Record<string, unknown>>(method: 'POST' | 'DELETE', url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as T & { error?: string; problems?: string[] };
  if (!res.ok) throw Object.assign(new Error(data.error ?? `request failed (${res.status})`), { problems: data.problems ?? [] });
  return data;
}


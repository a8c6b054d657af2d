import type { AccountView } from '../domain/scenario/runtime.ts';

export type { AccountView };

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** `2026-04-16T17:45:00` → `Thu 16 Apr, 17:45` (the consumer's wall clock, no zone maths). */
function formatLocalTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const day = date.toLocaleDateString('en-US', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `${day}, ${hh}:${mm}`;
}

/** The collection system's account screen, as the agent sees it during the call. */
export function AccountPanel({ account }: { account: AccountView }) {
  return (
    <aside className="account panel" aria-label="Account">
      <h2>Account</h2>
      <dl className="facts">
        <dt>Consumer</dt>
        <dd>{account.consumer_name}</dd>
        <dt>Creditor</dt>
        <dd>{account.creditor}</dd>
        {account.product && (
          <>
            <dt>Product</dt>
            <dd>{account.product}</dd>
          </>
        )}
        <dt>Account</dt>
        <dd>{account.account_ref}</dd>
        <dt>Balance</dt>
        <dd className="balance">{money.format(account.balance)}</dd>
        <dt>Days past due</dt>
        <dd>{account.days_past_due}</dd>
        <dt>Agency</dt>
        <dd>{account.agency}</dd>
        {account.consumer_local_time && (
          <>
            <dt>Consumer's time</dt>
            <dd>{formatLocalTime(account.consumer_local_time)} <span className="muted small">{account.consumer_timezone}</span></dd>
          </>
        )}
        {account.call_attempts_7day !== undefined && (
          <>
            <dt>Calls in 7 days</dt>
            <dd>{account.call_attempts_7day}</dd>
          </>
        )}
      </dl>
      <h3>Verification data</h3>
      <dl className="facts">
        <dt>Date of birth</dt>
        <dd>{account.date_of_birth}</dd>
        <dt>SSN (last 4)</dt>
        <dd>{account.ssn_last4}</dd>
        <dt>Address</dt>
        <dd>{account.address}</dd>
      </dl>
      {account.policy && (
        <>
          <h3>Policy</h3>
          <dl className="facts">
            {account.policy.min_plan_payment !== undefined && (
              <>
                <dt>Min. plan payment</dt>
                <dd>{money.format(account.policy.min_plan_payment)}/mo</dd>
              </>
            )}
            {account.policy.settlement_authority_pct !== undefined && (
              <>
                <dt>Settlement authority</dt>
                <dd>{account.policy.settlement_authority_pct}% of balance</dd>
              </>
            )}
            {account.policy.fees_authorized !== undefined && (
              <>
                <dt>Fees</dt>
                <dd>{account.policy.fees_authorized ? 'authorised' : 'not authorised'}</dd>
              </>
            )}
          </dl>
        </>
      )}
      <h3>Payment history</h3>
      {account.payment_history.length === 0 ? (
        <p className="muted small">No payments on record.</p>
      ) : (
        <table className="data history">
          <thead>
            <tr><th>Date</th><th>Amount</th><th>Note</th></tr>
          </thead>
          <tbody>
            {account.payment_history.map((p, i) => (
              <tr key={i}>
                <td>{p.date}</td>
                <td>{money.format(p.amount)}</td>
                <td>{p.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {account.last_promise && (
        <p className="small">
          <strong>Last promise:</strong> {money.format(account.last_promise.amount)} on {account.last_promise.date}
          {account.last_promise.kept ? ' (kept)' : ' (broken)'}
        </p>
      )}
      {account.notes && <p className="small account-notes">{account.notes}</p>}
    </aside>
  );
}

/** The demo logins of CONTRACT.md, shown on the login page while demo mode is on. */
export const DEMO_PASSWORD = 'parley-demo';

export const DEMO_ACCOUNTS = [
  { email: 'trainee@example.com', name: 'Taylor Brooks', role: 'trainee' },
  { email: 'trainer@example.com', name: 'Morgan Ellis', role: 'trainer' },
  { email: 'reviewer@example.com', name: 'Riley Chen', role: 'reviewer' },
  { email: 'admin@example.com', name: 'Avery Stone', role: 'admin' },
] as const;

/** Cohort-mates of the demo trainee: they have call history but no password (cannot sign in). */
export const DEMO_COHORT_MATES = [
  { email: 'jordan.lee@example.com', name: 'Jordan Lee' },
  { email: 'sam.okafor@example.com', name: 'Sam Okafor' },
  { email: 'alex.rivera@example.com', name: 'Alex Rivera' },
  { email: 'priya.nair@example.com', name: 'Priya Nair' },
  { email: 'chris.walker@example.com', name: 'Chris Walker' },
] as const;

export const DEMO_COHORT = 'New hires · November 2026';

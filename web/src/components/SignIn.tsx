/*
 * The sign-in gate: when the server needs its token (NEWSGRAPH_TOKEN), the explorer shows a small
 * form first; the server answers a right token with an HttpOnly cookie, so the page never keeps it.
 * A 401 later (the server restarted with another token) brings the form back.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, onUnauthorized } from '../api/client.ts';

type Gate = 'checking' | 'open' | 'signIn';

export function SignInGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>('checking');
  useEffect(() => {
    api.session().then(
      (session) => setGate(session.tokenRequired && !session.signedIn ? 'signIn' : 'open'),
      // An unreachable server: let the explorer show its own banner.
      () => setGate('open'),
    );
    return onUnauthorized(() => setGate('signIn'));
  }, []);
  if (gate === 'checking') return null;
  if (gate === 'signIn') return <SignInForm onSignedIn={() => setGate('open')} />;
  return <>{children}</>;
}

function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.login(token);
      onSignedIn();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'The server did not answer.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <form onSubmit={(e) => void submit(e)} aria-label="Sign in">
        <h1>newsgraph</h1>
        <p>This server needs its access token.</p>
        <label>
          Token
          <input
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoFocus
          />
        </label>
        <button type="submit" disabled={busy || token === ''}>
          Sign in
        </button>
        {error && (
          <p role="alert" className="sign-in-error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}

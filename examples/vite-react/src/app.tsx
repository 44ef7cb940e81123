import { type FormEvent, type ReactElement, useEffect, useState } from 'react';
import type { TrackResult } from 'whop-pixel';
import { Link, navigate, usePathname } from './router';
import { tracker } from './tracker';

/** What a `track` promise came to, for showing on the page. */
type Outcome =
  | { state: 'sending' }
  | { state: 'sent'; eventId: string }
  | { state: 'failed'; message: string };

/** Follows a `track` promise: pending until the proxy confirms the event (or refuses it for good). */
function useOutcome(promise: Promise<TrackResult> | undefined): Outcome | undefined {
  const [outcome, setOutcome] = useState<Outcome>();
  useEffect(() => {
    if (!promise) return;
    let current = true;
    setOutcome({ state: 'sending' });
    promise.then(
      (result) => current && setOutcome({ state: 'sent', eventId: result.event_id }),
      (error: Error) => current && setOutcome({ state: 'failed', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [promise]);
  return outcome;
}

function Status({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return null;
  if (outcome.state === 'sending') return <p role="status">Sending…</p>;
  if (outcome.state === 'failed') return <p role="status">Not recorded: {outcome.message}</p>;
  return (
    <p role="status">
      Recorded as <code data-testid="event-id">{outcome.eventId}</code>
    </p>
  );
}

function Home() {
  return (
    <>
      <h1>Coaching that ships</h1>
      <p>Weekly sessions with people who have built what you are building.</p>
      <p>
        <Link to="/pricing">See pricing</Link> or <Link to="/signup">sign up</Link>.
      </p>
    </>
  );
}

function Pricing() {
  const [booking, setBooking] = useState<Promise<TrackResult>>();
  const outcome = useOutcome(booking);
  return (
    <>
      <h1>Pricing</h1>
      <p>Starter $29/month · Pro $99/month. Cancel any time.</p>
      <p>
        <Link to="/signup">Start your free week</Link>
      </p>
      {/* Later events carry the identify()'d user and the attribution in force now. */}
      <button type="button" onClick={() => setBooking(tracker.track('schedule'))}>
        Book a call
      </button>
      <Status outcome={outcome} />
    </>
  );
}

function Signup({ onRegistered }: { onRegistered(result: Promise<TrackResult>): void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault(); // the app handles the form itself: no page load
    const form = new FormData(event.currentTarget);
    const user = { email: String(form.get('email')), first_name: String(form.get('first_name')) };
    // For this and every later event of the session.
    tracker.identify(user);
    // Not awaited: the event is queued in storage at once and delivered even if the visitor moves
    // on. `url` is taken now, so it names this route, not the next one.
    onRegistered(tracker.track('complete_registration', { user }));
    navigate('/thanks');
  };
  return (
    <>
      <h1>Sign up</h1>
      <form onSubmit={submit}>
        <label>
          First name
          <input name="first_name" autoComplete="given-name" required />
        </label>
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <button type="submit">Create my account</button>
      </form>
    </>
  );
}

function Thanks({ registration }: { registration: Promise<TrackResult> | undefined }) {
  const outcome = useOutcome(registration);
  return (
    <>
      <h1>Welcome aboard</h1>
      <Status outcome={outcome} />
      <p>
        {/* A link with its own campaign: following it replaces the whole UTM set for later events. */}
        <Link to="/pricing?utm_campaign=summer">Our summer offer</Link>
      </p>
    </>
  );
}

export function App() {
  const pathname = usePathname();
  const [registration, setRegistration] = useState<Promise<TrackResult>>();
  let page: ReactElement;
  if (pathname === '/') page = <Home />;
  else if (pathname === '/pricing') page = <Pricing />;
  else if (pathname === '/signup') page = <Signup onRegistered={setRegistration} />;
  else if (pathname === '/thanks') page = <Thanks registration={registration} />;
  else page = <h1>Not found</h1>;
  return (
    <>
      <header>
        <nav>
          <Link to="/">Home</Link>
          <Link to="/pricing">Pricing</Link>
          <Link to="/signup">Sign up</Link>
        </nav>
      </header>
      <main>{page}</main>
    </>
  );
}

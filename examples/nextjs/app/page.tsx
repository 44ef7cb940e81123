export default function Page() {
  return (
    <main>
      <h1>Join the waitlist</h1>
      <p>
        Submitting this form sends a <code>lead</code> conversion through <code>/whop</code> to Whop.
      </p>
      {/* data-whop-track: the script tracks the submit itself, taking the user fields from the inputs. */}
      <form data-whop-track="lead" action="/" method="get">
        <input name="first_name" autoComplete="given-name" placeholder="First name" />
        <input name="email" type="email" autoComplete="email" placeholder="Email" required />
        <button type="submit">Join</button>
      </form>
    </main>
  );
}

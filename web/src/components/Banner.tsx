/* The database banner: Neo4j is unreachable; the explorer keeps checking and hides this when it is back. */
export function DatabaseBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="banner" role="alert" aria-label="Database unavailable">
      <strong>Database unavailable.</strong> {message} The explorer keeps trying and carries on when it answers again.
    </div>
  );
}

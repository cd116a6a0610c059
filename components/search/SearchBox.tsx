// The search field over actors and claims.
export function SearchBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search actors and claims
      </label>
      <input id="search-input" type="search" placeholder="Search actors and claims" value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" />
    </div>
  );
}

// A claim's stance as a coloured badge; the word is always shown, so colour is never the only signal.
import type { Polarity } from '@/lib/model';

export function PolarityBadge({ polarity }: { polarity: Polarity | null }) {
  const label = polarity ?? 'no stance';
  return <span className={`badge badge-${polarity ?? 'none'}`}>{label}</span>;
}

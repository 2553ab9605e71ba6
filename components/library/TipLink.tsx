import type { KeptTip } from '@/utils/tips/favourites';

/** A tip's headline as a button that opens it whole. */
export function TipLink({ tip, onOpen }: { tip: KeptTip; onOpen: (tip: KeptTip) => void }) {
  return (
    <button type="button" class="tip-link" data-tip-id={tip.id} onClick={() => onOpen(tip)}>
      {tip.headline}
    </button>
  );
}

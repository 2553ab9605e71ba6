import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  summary: ComponentChildren;
  /** Opened for her (a search found tips in it), or closed. */
  open?: boolean;
  /** What the group holds, drawn only while it is open: a closed group costs the page nothing. */
  renderContent: () => ComponentChildren;
  moment?: string;
}

/** A group of tips she opens and closes (a theme, a moment of the shelf). */
export function Group({ summary, open = false, renderContent, moment }: Props) {
  const [shown, setShown] = useState(open);
  // A change of `open` (a search began or ended) opens or closes it; her own click since stays
  // until then. Compared as the page renders, not in an effect, which would run a frame later
  // and undo a click made meanwhile.
  const [lastOpen, setLastOpen] = useState(open);
  if (open !== lastOpen) {
    setLastOpen(open);
    setShown(open);
  }
  return (
    <details class="theme-group" data-moment={moment} open={shown}>
      {/* Her click (or Enter, or Space) on the summary: the group follows its own state. */}
      <summary
        onClick={(event) => {
          event.preventDefault();
          setShown(!shown);
        }}
      >
        {summary}
      </summary>
      {shown && renderContent()}
    </details>
  );
}

interface Props {
  size: number;
  /** Where it sits inside a larger drawing. */
  x?: number;
  y?: number;
}

/** Closer's mark as its icon draws it (`assets/icon/closer.svg`): two circles leaning into each other. */
export function CloserMark({ size, x, y }: Props) {
  return (
    <svg class="closer-mark" x={x} y={y} width={size} height={size} viewBox="0 0 128 128" aria-hidden="true">
      <rect x="4" y="4" width="120" height="120" rx="30" fill="#a4472b" />
      <circle cx="51" cy="59" r="31" fill="#fbf6ef" />
      <circle cx="85" cy="78" r="23" fill="#f2b88f" stroke="#a4472b" stroke-width="7" />
    </svg>
  );
}

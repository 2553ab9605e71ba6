/*
 * The small pieces of browser toolbar the pin pictures are drawn from, each centred on
 * (x, y) in the picture's own units. Drawn for Closer, not copied from any browser: enough
 * likeness to find the same button on screen.
 */

interface At {
  x: number;
  y: number;
}

/** The extensions button of both browsers. */
export const PuzzlePiece = ({ x, y }: At) => (
  <path
    class="pic-icon"
    transform={`translate(${x} ${y})`}
    d="M-6-3h3.2a2.4 2.4 0 1 1 4.8 0H5v3.3a2.4 2.4 0 1 1 0 4.8V8H-6z"
  />
);

/** Chrome's pin, beside each extension in its menu. */
export const Pin = ({ x, y }: At) => (
  <path class="pic-icon" transform={`translate(${x} ${y})`} d="M-3.5-7h7M-2-7v5l-3 3h10l-3-3v-5M0 1v6" />
);

/** Firefox's gear, beside each extension in its panel. */
export const Gear = ({ x, y }: At) => (
  <g transform={`translate(${x} ${y})`}>
    <circle class="pic-icon pic-gear-teeth" r="5" />
    <circle class="pic-icon" r="1.8" />
  </g>
);

/** Firefox's menu button. */
export const Hamburger = ({ x, y }: At) => (
  <path class="pic-icon" transform={`translate(${x} ${y})`} d="M-6-4.5h12M-6 0h12M-6 4.5h12" />
);

/** Chrome's menu button. */
export const Kebab = ({ x, y }: At) => (
  <g class="pic-dots" transform={`translate(${x} ${y})`}>
    <circle cy="-5" r="1.6" />
    <circle r="1.6" />
    <circle cy="5" r="1.6" />
  </g>
);

/** Where to click: a ring around it and the number of the step, as in the list beside the picture. */
export const Step = ({ x, y, n, r = 14 }: At & { n: number; r?: number }) => (
  <g>
    <circle class="pic-ring" cx={x} cy={y} r={r} />
    <circle class="pic-step" cx={x + r * 0.8} cy={y - r * 0.8} r="8.5" />
    <text class="pic-step-number" x={x + r * 0.8} y={y - r * 0.8}>
      {n}
    </text>
  </g>
);

/** A line of text that doesn't matter to the picture. */
export const Faint = ({ x, y, width }: At & { width: number }) => (
  <rect class="pic-faint" x={x} y={y - 3} width={width} height="6" rx="3" />
);

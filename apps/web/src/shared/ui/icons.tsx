import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Svg({ size = 18, children, className, ...props }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    >
      {children}
    </svg>
  );
}

// Icons that point along the line of text are drawn for left-to-right and carry the
// `karvan-directional` class, which global.css mirrors under [dir=rtl]: "forward" then
// points to the inline end in both directions.

/** A chevron pointing forward (to the inline end). */
export function ChevronForwardIcon(props: IconProps) {
  return (
    <Svg {...props} className="karvan-directional">
      <path d="M9 6l6 6-6 6" />
    </Svg>
  );
}

/** A chevron pointing down (an expanded tree node); not mirrored. */
export function ChevronDownIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 9l6 6 6-6" />
    </Svg>
  );
}

/** An arrow pointing back (to the inline start). */
export function ArrowBackIcon(props: IconProps) {
  return (
    <Svg {...props} className="karvan-directional">
      <path d="M19 12H5M11 6l-6 6 6 6" />
    </Svg>
  );
}

/** An arrow pointing forward (to the inline end). */
export function ArrowForwardIcon(props: IconProps) {
  return (
    <Svg {...props} className="karvan-directional">
      <path d="M5 12h14M13 6l6 6-6 6" />
    </Svg>
  );
}

export function GlobeIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
    </Svg>
  );
}

export function UserIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4 3.6-7 8-7s8 3 8 7" />
    </Svg>
  );
}

export function SearchIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="11" cy="11" r="7" />
      <path d="M20 20l-3.5-3.5" />
    </Svg>
  );
}

export function CheckIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5 12l5 5 9-10" />
    </Svg>
  );
}

export function CopyIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="9" y="9" width="11" height="11" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h8" />
    </Svg>
  );
}

/** The decorative icon of each kind of Hint: shapes differ, so the kind never depends on colour. */
import React, {type ReactNode} from 'react';
import type {HintType} from './types';

const paths: Record<HintType, ReactNode> = {
  // A circle with an « i ».
  info: (
    <>
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 10.5v6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="12" cy="7.25" r="1.25" fill="currentColor" />
    </>
  ),
  // A triangle with « ! ».
  warning: (
    <>
      <path d="M12 3 2.5 20h19z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M12 9.5v5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="12" cy="17.25" r="1.25" fill="currentColor" />
    </>
  ),
  // An octagon with « ! ».
  danger: (
    <>
      <path d="M8 2.5h8l5.5 5.5v8L16 21.5H8L2.5 16V8z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M12 7v6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <circle cx="12" cy="16.5" r="1.25" fill="currentColor" />
    </>
  ),
  // A circle with a tick.
  success: (
    <>
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="m7.5 12.5 3 3 6-6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
};

export default function HintIcon({type, className}: {type: HintType; className?: string}): ReactNode {
  return (
    <svg className={className} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      {paths[type]}
    </svg>
  );
}

import bidiModule from 'bidi-js';

/** Base direction of a line: 'auto' takes it from the first strong character (UAX #9 rules P2–P3). */
export type TextDirection = 'ltr' | 'rtl' | 'auto';

/** A stretch of one line drawn with one face in one direction, listed in visual (left-to-right) order. */
export interface VisualRun<Face> {
  /** The characters in logical order, RTL characters already mirrored ("(" → ")"); the shaper reverses RTL runs. */
  text: string;
  isRtl: boolean;
  face: Face;
}

// bidi-js is CommonJS whose module.exports is the factory, while its typings declare an ES default
// export; Node's import gives module.exports, a bundler may give the typed shape.
const bidiFactory: typeof bidiModule.default =
  typeof bidiModule === 'function' ? bidiModule : bidiModule.default;
const bidi = bidiFactory();

/**
 * Cuts one line into runs for drawing: the Unicode Bidirectional Algorithm (bidi-js, UAX #9 13.0,
 * conformance-tested) resolves an embedding level for each character; characters are grouped into
 * runs of equal level and equal face (`faces[i]`, null = not drawn); the runs are put in visual
 * order by the algorithm's reordering (rule L2) and RTL characters are mirrored (rule L4).
 * Line breaks and tabs are drawn as spaces: this lays out a single line. `isRtl` is the line's
 * resolved base direction (for 'auto', from its first strong character).
 */
export function toVisualRuns<Face>(
  line: string,
  direction: TextDirection,
  faces: ReadonlyArray<Face | null>,
): { runs: Array<VisualRun<Face>>; isRtl: boolean } {
  const text = line.replace(/[\r\n\t\u2028\u2029]/g, ' ');
  if (text.length === 0) return { runs: [], isRtl: direction === 'rtl' };
  const embedding = bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
  const { levels } = embedding;
  // The levels, not the whole result: bidi-js's README says otherwise, its code and typings agree on this.
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const runOf = new Int32Array(text.length).fill(-1);
  const runs: Array<{ chars: string[]; level: number; face: Face }> = [];
  for (let i = 0; i < text.length; i++) {
    const face = faces[i];
    if (face === null || face === undefined) continue;
    const level = levels[i] as number;
    const last = runs[runs.length - 1];
    const continues = last !== undefined && last.level === level && last.face === face && runOf[i - 1] !== -1;
    if (!continues) runs.push({ chars: [], level, face });
    runOf[i] = runs.length - 1;
    (runs[runs.length - 1] as (typeof runs)[number]).chars.push(mirrored.get(i) ?? (text[i] as string));
  }
  const order = bidi.getReorderedIndices(text, embedding);
  const visual: Array<VisualRun<Face>> = [];
  let previousRun = -1;
  for (const index of order) {
    const run = runOf[index] as number;
    if (run === -1 || run === previousRun) continue;
    previousRun = run;
    const { chars, level, face } = runs[run] as (typeof runs)[number];
    visual.push({ text: chars.join(''), isRtl: level % 2 === 1, face });
  }
  return { runs: visual, isRtl: (embedding.paragraphs[0]?.level ?? 0) % 2 === 1 };
}

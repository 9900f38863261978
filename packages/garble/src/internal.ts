/**
 * `@sejajar/garble/internal`: the detector's parts that the project's own benchmarks and fit
 * scripts (`bench/garble/`, `bench/garble/fit/`) read. UNSTABLE: not part of the public API,
 * changed with the detector without notice; applications import `@sejajar/garble`.
 * @packageDocumentation
 */

// The derived lexical data (fit-weights.mjs; brown.mjs reads its held-out file names, spinner2.mjs
// its ranked words), and a text's tokens as the detectors see them (fit-weights.mjs, doc-score.mjs).
export { loadLexicon, rankOf } from './lexicon.js';
export { tokenize } from './tokens.js';
// The misfit model's per-candidate features, on which fit-weights.mjs fits MISFIT_MODEL.
export { candidateFeatures } from './features.js';
// A text's findings before the span threshold (fit-doc-score.mjs, short.mjs).
export { findingsForScore } from './detect.js';
// The document score and its fitted constants (fit-doc-score.mjs, short.mjs).
export { documentDensity, documentEvidence, documentScore, SCORE_FIT } from './score.js';

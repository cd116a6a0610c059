// The averaged-perceptron trick over dense weight arrays, shared by the NER and syntax trainers.

/**
 * Averaged weights from the current ones `w` and their step-weighted sums `u` after `steps` examples: w - u / steps,
 * which equals the mean of the weights over all steps without keeping a copy per step.
 */
export function averagedWeights(w: Float64Array, u: Float64Array, steps: number): Float64Array {
  const avg = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) if (w[i] !== 0 || u[i] !== 0) avg[i] = w[i] - u[i] / steps;
  return avg;
}

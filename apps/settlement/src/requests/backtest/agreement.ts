/** How closely two lists of figures agree: Pearson's r, Spearman's ρ and the mean absolute difference. */
export interface Agreement {
  pearson: number;
  spearman: number;
  meanAbsoluteError: number;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Pearson's correlation coefficient; 0 when either side does not vary (nothing to correlate). */
export function pearson(a: number[], b: number[]): number {
  const meanA = mean(a);
  const meanB = mean(b);
  let products = 0;
  let squaresA = 0;
  let squaresB = 0;
  a.forEach((value, index) => {
    products += (value - meanA) * (b[index] - meanB);
    squaresA += (value - meanA) ** 2;
    squaresB += (b[index] - meanB) ** 2;
  });
  return squaresA === 0 || squaresB === 0 ? 0 : products / Math.sqrt(squaresA * squaresB);
}

/** Ranks from 1, ties sharing the average of the ranks they cover (as Spearman's ρ needs). */
export function ranks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((x, y) => x.value - y.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) result[order[position].index] = rank;
    start = end + 1;
  }
  return result;
}

/** Spearman's rank correlation: Pearson's r of the ranks. */
export const spearman = (a: number[], b: number[]): number => pearson(ranks(a), ranks(b));

export function agreement(computed: number[], published: number[]): Agreement {
  if (computed.length !== published.length || computed.length === 0)
    throw new Error('agreement needs two lists of the same, non-zero length');
  return {
    pearson: pearson(computed, published),
    spearman: spearman(computed, published),
    meanAbsoluteError: mean(computed.map((value, index) => Math.abs(value - published[index]))),
  };
}

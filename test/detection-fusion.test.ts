// The fusion of CenterNet's candidates (src/experts/local/detection-fusion.ts) on made-up
// candidates, without the model: what survives, and why. The counts on the real example photos
// are checked in local-vision.test.ts.
import t from 'tap';
import { DETECTION_TUNING, fuseCandidates, type Candidate } from '../src/experts/local/detection-fusion.js';

const VIEWS = 4;
const box = (xmin: number, ymin: number, xmax: number, ymax: number) => ({ xmin, ymin, xmax, ymax });

/** The same candidate seen in `views` views, each with `score`. */
const seen = (label: string, score: number, at: ReturnType<typeof box>, views = VIEWS): Candidate[] =>
  Array.from({ length: views }, (_unused, view) => ({ label, score, view, box: at }));

const labels = (candidates: Candidate[]) => fuseCandidates(candidates, VIEWS).map(({ label, score }) => `${label} ${score}`);

t.test('an object seen in every view scores the mean of its views; one seen once, a quarter', async (t) => {
  t.same(labels([...seen('zebra', 0.6, box(0, 0, 100, 100)), ...seen('zebra', 0.6, box(300, 0, 400, 100), 1)]), ['zebra 0.6']);
  t.same(labels(seen('zebra', 0.6, box(0, 0, 100, 100), 2)), ['zebra 0.3']);
});

t.test('two candidates of one view at one place are one object, not two', async (t) => {
  const twice = [...seen('cat', 0.5, box(0, 0, 100, 100)), ...seen('cat', 0.45, box(2, 2, 102, 101))];
  t.same(labels(twice), ['cat 0.5']);
});

t.test('a box nested in a better one of its label is the same object (a herd box, a head)', async (t) => {
  const herd = [...seen('zebra', 0.6, box(0, 0, 100, 100)), ...seen('zebra', 0.6, box(110, 0, 210, 100)), ...seen('zebra', 0.3, box(0, 0, 210, 100))];
  t.same(labels(herd), ['zebra 0.6', 'zebra 0.6']);
});

t.test('a weak object half hidden under one of its kind is kept; the same score alone is not', async (t) => {
  const big = seen('giraffe', 0.5, box(60, 150, 210, 250));
  const young = seen('giraffe', 0.22, box(50, 185, 140, 280));
  const tree = seen('giraffe', 0.22, box(300, 80, 340, 130));
  t.same(labels([...big, ...young, ...tree]), ['giraffe 0.5', 'giraffe 0.22'], 'the young giraffe stays, the lone tree goes');
  t.same(labels([...big, ...seen('zebra', 0.22, box(50, 185, 140, 280))]), ['giraffe 0.5'], 'only under an object of its own label');
  t.same(labels([...big, ...seen('giraffe', 0.15, box(50, 185, 140, 280))]), ['giraffe 0.5'], `not below occludedMinScore (${DETECTION_TUNING.occludedMinScore})`);
  t.same(labels([...big, ...seen('giraffe', 0.22, box(190, 185, 280, 280))]), ['giraffe 0.5'], 'not when only a sliver of it is under the other');
  t.same(labels([...big, ...seen('giraffe', 0.22, box(80, 160, 200, 240))]), ['giraffe 0.5'], 'not when it lies inside the other (a part of it)');
});

t.test('a weak object is not rescued by another weak one', async (t) => {
  const weak = [...seen('giraffe', 0.22, box(60, 150, 210, 250)), ...seen('giraffe', 0.21, box(50, 185, 140, 280))];
  t.same(labels(weak), []);
});

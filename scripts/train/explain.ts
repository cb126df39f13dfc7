// `npm run explain -- "agent line" ["another line" …]`: what the intent model makes of each sentence,
// every label's probability against its threshold, and the words that weighed most. For corpus
// and threshold work: it shows why a line is or is not recognized.
import { scoreTokens, strongestTokens, thresholdOf } from '../../server/src/engine/intent/classifier.js';
import { tokenize } from '../../server/src/engine/intent/features.js';
import { INTENT_LABELS } from '../../server/src/engine/intent/model-format.js';
import { maskText, quotedSpans, sentenceSpans } from '../../server/src/engine/language.js';

function explain(line: string): void {
  const masked = maskText(line, [], 0);
  const quotes = quotedSpans(masked);
  for (const span of sentenceSpans(masked)) {
    const text = masked.slice(span.start, span.end);
    const tokens = tokenize(
      text,
      quotes.map((q) => ({ start: q.start - span.start, end: q.end - span.start })),
    );
    const scores = scoreTokens(tokens);
    const labels = INTENT_LABELS.map((label, i) => ({ label, p: scores.probabilities[i] }))
      .filter((x) => x.p >= 0.2)
      .sort((a, b) => b.p - a.p)
      .map(({ label, p }) => {
        const carried = strongestTokens(scores, label);
        const words = carried ? text.slice(tokens[carried.first].start, tokens[carried.last].end) : '';
        return `${label} ${p.toFixed(2)}${p >= thresholdOf(label) ? '*' : ''} (${words})`;
      });
    console.log(`  "${line.slice(span.start, span.end)}"\n    ${labels.join('; ') || 'nothing above 0.2'}`);
  }
}

for (const line of process.argv.slice(2)) explain(line);

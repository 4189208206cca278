import { htmlFragmentToParagraphs } from './shared/domain/extract/html-fragment';
import { markdownToText } from './shared/domain/extract/markdown';
for (const [label, input] of [['quotes', '<a "'.repeat(500000)], ['open', '<a '.repeat(500000)], ['lt', '<'.repeat(2000000)], ['comment', '<!--'.repeat(500000)], ['script', '<script>'.repeat(200000)], ['p', '<p>x'.repeat(500000)]] as const) {
  const t = performance.now();
  htmlFragmentToParagraphs(input, 'x');
  console.log(label, input.length, Math.round(performance.now() - t), 'ms');
}
for (const [label, input] of [['md-emph', '*a '.repeat(200000)], ['md-link', '[a]('.repeat(200000)], ['md-under', '_a '.repeat(200000)]] as const) {
  const t = performance.now();
  markdownToText(input, 'x');
  console.log(label, input.length, Math.round(performance.now() - t), 'ms');
}

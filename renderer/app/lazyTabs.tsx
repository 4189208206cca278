import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../ui/Loading';

// The Compare and Merge tabs carry the diff library, Lexical and the editor, style and export features: about
// half the renderer's JavaScript. Loaded when first opened, so starting Copydesk parses and runs only what the
// library and the copy view need.
const CompareTabModule = lazy(async () => ({ default: (await import('../features/compare/CompareTab')).CompareTab }));
const MergeTabModule = lazy(async () => ({ default: (await import('../features/merge/MergeTab')).MergeTab }));

type CompareTabProps = ComponentProps<typeof CompareTabModule>;
type MergeTabProps = ComponentProps<typeof MergeTabModule>;

export function LazyCompareTab(props: CompareTabProps) {
  return (
    <Suspense fallback={<Loading label="Opening Compare…" />}>
      <CompareTabModule {...props} />
    </Suspense>
  );
}

export function LazyMergeTab(props: MergeTabProps) {
  return (
    <Suspense fallback={<Loading label="Opening Merge…" />}>
      <MergeTabModule {...props} />
    </Suspense>
  );
}

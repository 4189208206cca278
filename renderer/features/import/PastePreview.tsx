import type { ApiOutput } from '../../../shared/api/contract';
import type { Query } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';

type Analysis = ApiOutput<'import.preview'>;

const count = (n: number, one: string, many: string): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** What importing the pasted text would store: its articles, how they group, and how much chrome goes. */
export function PastePreview({ analysis, tooLong }: { analysis: Query<Analysis> | null; tooLong: boolean }) {
  if (tooLong) return <p className="paste-preview__hint">This text is too long to preview quickly. Import will still analyse all of it.</p>;
  if (!analysis) return <p className="paste-preview__hint">Paste or type copy on the left: the articles found in it appear here.</p>;
  if (analysis.status === 'error') return <ErrorMessage error={analysis.error} onRetry={analysis.reload} />;
  if (!analysis.value) return <Loading label="Analysing…" />;
  const { articles, stories, boilerplate } = analysis.value;
  if (articles.length === 0) return <p className="paste-preview__hint">No article was found in this text.</p>;
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (
    <div aria-busy={analysis.status === 'loading'} data-testid="paste-preview">
      <h3 className="paste-preview__section-title">{count(articles.length, 'article', 'articles')}</h3>
      <ul className="paste-preview__articles">
        {articles.map((article) => (
          <li key={article.id} className="paste-preview__article" data-testid="paste-preview-article">
            <div className="paste-preview__meta">{[article.outlet ?? 'Unknown outlet', article.published].filter(Boolean).join(' · ')}</div>
            <div className="paste-preview__headline">{article.headline ?? 'Untitled'}</div>
            <div className="paste-preview__paragraphs">{count(article.paragraphs.length, 'paragraph', 'paragraphs')}</div>
          </li>
        ))}
      </ul>
      <h3 className="paste-preview__section-title">{count(stories.length, 'story', 'stories')}</h3>
      <ol className="paste-preview__stories">
        {stories.map((story) => (
          <li key={story.id}>
            {story.headline ?? 'Untitled story'}{' '}
            <span className="paste-preview__paragraphs">
              ({story.articles.map((id) => byId.get(id)?.outlet ?? 'unknown outlet').join(', ')})
            </span>
          </li>
        ))}
      </ol>
      <p className="paste-preview__chrome" data-testid="paste-preview-chrome">
        {boilerplate.length === 0 ? 'No page chrome found.' : `${count(boilerplate.length, 'line', 'lines')} of page chrome will be removed.`}
      </p>
    </div>
  );
}

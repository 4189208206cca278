import type { StorySummary } from '../../../shared/domain/model';
import { Chip } from '../../ui/Chip';
import { Icon } from '../../ui/Icon';
import { formatShortTime } from '../../ui/formatTime';

const MAX_CHIPS = 3;

/** The visible content of a story row; the tree item around it owns focus and ARIA state. */
export function StoryRow({ story, expanded, now }: { story: StorySummary; expanded: boolean; now: Date }) {
  const versions = story.copyIds.length;
  const when = formatShortTime(story.newestAt, now);
  const extra = story.outlets.length - MAX_CHIPS;
  return (
    <div className="story-row">
      <Icon name="chevron" size={14} className={`story-row__chevron${expanded ? ' is-open' : ''}`} />
      <div className="story-row__main">
        <div className="story-row__top">
          <span className="story-row__headline">{story.headline ?? 'Untitled story'}</span>
          {when && <time className="row-time" dateTime={story.newestAt ?? undefined}>{when}</time>}
        </div>
        <div className="story-row__meta">
          <div className="story-row__chips">
            {story.outlets.slice(0, MAX_CHIPS).map((outlet) => (
              <Chip key={outlet} label={outlet} />
            ))}
            {extra > 0 && <span className="story-row__more">+{extra}</span>}
          </div>
          <span className="story-row__count">
            {versions} {versions === 1 ? 'version' : 'versions'}
          </span>
        </div>
      </div>
    </div>
  );
}

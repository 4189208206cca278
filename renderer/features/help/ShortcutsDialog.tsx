import { Fragment } from 'react';
import type { AppInfo } from '../../../shared/api/contract';
import type { ShortcutPlatform } from '../../../shared/ui/shortcuts-table';
import { Dialog } from '../../ui/Dialog';
import { shortcutSections } from './shortcutRows';
import './help.css';

interface Props {
  platform: ShortcutPlatform;
  shell: AppInfo['shell'];
  onClose: () => void;
}

/** Help ▸ Keyboard Shortcuts: every key Copydesk answers to, from the one shortcuts table. */
export function ShortcutsDialog({ platform, shell, onClose }: Props) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      description={platform === 'mac' ? '⌘ Command, ⌥ Option, ⇧ Shift, ⌃ Control.' : 'Keys shown for Windows and Linux.'}
      size="large"
      testId="shortcuts-dialog"
      onClose={onClose}
    >
      <div className="shortcuts">
        {shortcutSections(platform, shell).map(({ group, rows }) => (
          <table key={group} className="shortcuts__group" data-testid="shortcuts-group">
            <caption className="shortcuts__caption">{group}</caption>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} data-testid="shortcut-row">
                  <th scope="row" className="shortcuts__action">
                    {row.action}
                  </th>
                  <td className="shortcuts__keys">
                    {row.keys.map((keys, keyIndex) => (
                      <Fragment key={keys}>
                        {keyIndex > 0 && <span className="shortcuts__or">or</span>}
                        <kbd className="shortcuts__kbd">{keys}</kbd>
                      </Fragment>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}

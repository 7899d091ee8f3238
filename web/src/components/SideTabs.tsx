/*
 * The right column's tabs (Details, Claims, Path, Queries, What's new, Decisions): a tab list with
 * arrow-key moves, and every panel kept mounted (hidden when not shown) so none loses its work.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { SIDE_TABS, TAB_TITLES, type SideTab } from '../core/analyst/index.ts';

export function SideTabs({
  active,
  onActive,
  panels,
}: {
  active: SideTab;
  onActive(tab: SideTab): void;
  panels: Record<SideTab, ReactNode>;
}) {
  const onKeyDown = (e: KeyboardEvent): void => {
    const i = SIDE_TABS.indexOf(active);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = SIDE_TABS[(next + SIDE_TABS.length) % SIDE_TABS.length]!;
    onActive(tab);
    document.getElementById(`side-tab-${tab}`)?.focus();
  };
  return (
    <>
      <div className="side-tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {SIDE_TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`side-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`side-panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => onActive(tab)}
          >
            {TAB_TITLES[tab]}
          </button>
        ))}
      </div>
      {SIDE_TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`side-panel-${tab}`}
          aria-labelledby={`side-tab-${tab}`}
          hidden={tab !== active}
          className="side-panel"
        >
          {panels[tab]}
        </div>
      ))}
    </>
  );
}

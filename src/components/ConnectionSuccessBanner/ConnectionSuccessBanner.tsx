import { useContext, useEffect, useId, useState } from 'react';
import { WidgetAnnouncerContext } from '../../context/WidgetAnnouncerContext';
import { useConnections } from '../../context/ConnectionsContext';
import type { Role } from '../../context/Role';
import { useRootProps } from '../../ui/useRootProps';
import { RoleGate } from '../../ui/RoleGate';

export interface ConnectionSuccessBannerProps {
  /** The name of the data source just connected, for the detail line; without it only the title shows. */
  dataSourceName?: string;
  /**
   * The source already existed and was authorized again, rather than added.
   * @default false
   */
  reauthorized?: boolean;
  /** Called by the Dismiss button; the owner then stops rendering the banner. */
  onDismiss: () => void;
  /** Overrides the provider's role; a non-admin sees the administrator notice instead. */
  role?: Role;
}

/**
 * **Connection successful!** at the top of the page, a region named by its title, announced
 * politely to screen readers until dismissed. Showing it once per connection is the owner's
 * part (the Connections page does it).
 */
export function ConnectionSuccessBanner({ role, ...banner }: ConnectionSuccessBannerProps) {
  return (
    <RoleGate role={role}>
      <SuccessBanner {...banner} />
    </RoleGate>
  );
}

function SuccessBanner({
  dataSourceName,
  reauthorized = false,
  onDismiss,
}: Omit<ConnectionSuccessBannerProps, 'role'>) {
  const { t } = useConnections();
  const rootProps = useRootProps('cw-banner');
  const titleId = useId();
  const announce = useContext(WidgetAnnouncerContext);
  const title = t('banner.title');
  const detail =
    dataSourceName === undefined
      ? undefined
      : t(reauthorized ? 'banner.reconnected' : 'banner.added', { name: dataSourceName });

  // In the widget, the layout's live region, mounted before this page, says it.
  useEffect(() => {
    if (!announce) return;
    announce(detail === undefined ? title : `${title} ${detail}`);
    return () => announce('');
  }, [announce, title, detail]);

  // Alone, the banner is its own live region, inserted with the page around it: its text comes
  // one tick later, as a change that screen readers announce.
  const [ticked, setTicked] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the render after mount is the point: it is what makes the text a change to an existing region.
  useEffect(() => setTicked(true), []);

  return (
    <section {...rootProps} aria-labelledby={titleId}>
      <svg className="cw-banner__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <circle className="cw-banner__icon-disc" cx="10" cy="10" r="10" />
        <path
          className="cw-banner__icon-check"
          d="m5.5 10.5 3 3 6-7"
          fill="none"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <div className="cw-banner__text" role={announce ? undefined : 'status'}>
        {(announce || ticked) && (
          <>
            <p className="cw-banner__title" id={titleId}>
              {title}
            </p>
            {detail !== undefined && <p className="cw-banner__detail">{detail}</p>}
          </>
        )}
      </div>
      <button type="button" className="cw-button cw-banner__dismiss" onClick={onDismiss}>
        {t('banner.dismiss')}
      </button>
    </section>
  );
}

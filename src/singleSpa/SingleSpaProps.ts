import type { ConnectionsWidgetProps } from '../widget/ConnectionsWidget';

/**
 * What single-spa hands each lifecycle: its own props (`name`, and `domElement` for a parcel)
 * merged with the custom props the root config gave. The widget's options among them override
 * the ones given to `singleSpaConnectionsWidget`. Typed here rather than taken from
 * `single-spa`, so the package's types need no single-spa installed.
 */
export interface SingleSpaProps extends Partial<ConnectionsWidgetProps> {
  /**
   * The application's or parcel's name, which single-spa gives every lifecycle. Optional in the
   * type only, so that the custom props of `mountRootParcel(lifecycles, props)` need not name it.
   */
  name?: string;
  /** The element a parcel renders into (single-spa's `mountParcel(config, { domElement })`). */
  domElement?: Element;
  /** single-spa's other props (`singleSpa`, `mountParcel`, the root config's own) are left alone. */
  [prop: string]: unknown;
}

import { useConnections } from '../context/ConnectionsContext';

export interface StripeLogoProps {
  /**
   * Hides the logo from assistive technology, for when the name "Stripe" is already written next to it.
   * @default false
   */
  decorative?: boolean;
  /**
   * Width and height in CSS pixels.
   * @default 32
   */
  size?: number;
}

/**
 * Stripe's "S" mark on its tile. The fill attributes are the brand colours, a fallback for a
 * page without the stylesheet; the stylesheet recolours both from the theme's tokens.
 */
export function StripeLogo({ decorative = false, size = 32 }: StripeLogoProps) {
  const { t } = useConnections();
  const labelling = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': t('stripe.logo') };
  return (
    <svg className="cw-stripe-logo" viewBox="0 0 32 32" width={size} height={size} focusable="false" {...labelling}>
      <rect className="cw-stripe-logo__tile" width="32" height="32" rx="7" fill="#635bff" />
      <path
        className="cw-stripe-logo__mark"
        fill="#ffffff"
        d="M14.98 12.9c0-.9.74-1.25 1.96-1.25 1.75 0 3.96.53 5.71 1.48V7.72A15.2 15.2 0 0 0 16.94 6.7c-4.67 0-7.78 2.44-7.78 6.52 0 6.36 8.75 5.35 8.75 8.09 0 1.06-.92 1.4-2.21 1.4-1.91 0-4.36-.79-6.3-1.84v5.48c2.15.92 4.32 1.32 6.3 1.32 4.79 0 8.08-2.37 8.08-6.5-.03-6.86-8.8-5.64-8.8-8.24z"
      />
    </svg>
  );
}

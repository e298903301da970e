/** Where the stand-in serves its one stylesheet; every page links it (the CSP allows no inline style). */
export const stylesheetPath = '/stand-in.css';

// Colours chosen for WCAG AA contrast: text #1a1f36 and #4f566b on #ffffff / #f6f9fc (≥ 7:1),
// white on the #533afd buttons (6.2:1), the alert's #a4133c on #fdecef (6.7:1).
export const stylesheet = `
.page { margin: 0; min-height: 100vh; background: #f6f9fc; color: #1a1f36;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.brand { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1rem; padding: 1rem 1.5rem;
  background: #ffffff; border-bottom: 1px solid #e3e8ee; }
.brand__name { font-size: 1.25rem; font-weight: 700; color: #533afd; }
.brand__note { font-size: 0.875rem; color: #4f566b; }
.card { box-sizing: border-box; max-width: 30rem; margin: 2rem auto; padding: 2rem; background: #ffffff;
  border: 1px solid #e3e8ee; border-radius: 8px; }
.card__title { margin: 0 0 1rem; font-size: 1.5rem; line-height: 1.3; }
.card__text { margin: 0 0 1rem; color: #4f566b; }
.card__text strong { color: #1a1f36; }
.actions { display: flex; flex-direction: column; gap: 0.75rem; margin-top: 1.5rem; }
.actions__form { margin: 0; }
.field { display: flex; flex-direction: column; gap: 0.25rem; margin-bottom: 1rem; }
.field__label { font-weight: 600; }
.field__input { font: inherit; padding: 0.5rem 0.75rem; border: 1px solid #6b7385; border-radius: 6px; color: #1a1f36;
  background: #ffffff; }
.button { box-sizing: border-box; width: 100%; font: inherit; font-weight: 600; padding: 0.625rem 1rem;
  border-radius: 6px; border: 2px solid #533afd; cursor: pointer; }
.button--primary { background: #533afd; color: #ffffff; }
.button--secondary { background: #ffffff; color: #533afd; }
.button:hover { border-color: #2f1cb0; }
.button--primary:hover { background: #2f1cb0; }
.button:focus-visible, .field__input:focus-visible { outline: 3px solid #1a1f36; outline-offset: 2px; }
.card__subtitle { margin: 0 0 0.5rem; font-size: 1.125rem; }
.card__list { margin: 0 0 1rem; padding-left: 1.25rem; color: #4f566b; }
.fieldset { margin: 0 0 1rem; padding: 0.75rem 1rem; border: 1px solid #e3e8ee; border-radius: 6px; }
.choice { display: flex; align-items: baseline; gap: 0.5rem; margin: 0.25rem 0; }
.choice__note { color: #4f566b; font-size: 0.875rem; }
.install { display: flex; flex-direction: column; gap: 0.5rem; margin-bottom: 1rem; }
.alert { margin: 0 0 1rem; padding: 0.75rem 1rem; border-radius: 6px; background: #fdecef; color: #a4133c;
  font-weight: 600; }
`;

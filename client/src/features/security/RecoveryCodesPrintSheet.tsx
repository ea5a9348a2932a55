import { createPortal } from "react-dom";

import classes from "./RecoveryCodes.module.css";

/**
 * A copy of the codes placed directly under <body>, shown only when printing. Dialogs render in
 * portals with fixed positioning, which prints badly; a plain top-level block prints cleanly.
 */
export function RecoveryCodesPrintSheet({ recoveryCodes }: { recoveryCodes: readonly string[] }) {
  return createPortal(
    <div className={classes.printSheet} aria-hidden="true">
      <h1>3 Clicks Cloud recovery codes</h1>
      <p>Each code signs you in once when your authenticator app is not available.</p>
      <ol>
        {recoveryCodes.map((recoveryCode) => (
          <li key={recoveryCode}>{recoveryCode}</li>
        ))}
      </ol>
    </div>,
    document.body,
  );
}

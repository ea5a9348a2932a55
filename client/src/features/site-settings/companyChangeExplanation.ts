/** What the shared password dialog says when an administrator changes company security. */
export const companyChangeExplanation =
  "Changes to your company's security need a recent sign-in. Enter your password to continue; " +
  "you will not be asked again for 15 minutes.";

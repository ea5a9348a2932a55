/** Wording shared by every screen for failures that are not about what the person entered. */
export const serverUnreachableMessage =
  "We could not reach the server. Check your connection and try again.";

export const unexpectedFailureMessage = "Something went wrong on our side. Try again in a moment.";

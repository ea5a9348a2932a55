import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useRef, useState, type FormEvent } from "react";

import type { SignInStatus } from "../../gql/graphql";
import { assertNever } from "../../lib/assertNever";
import { describeSignInFailure } from "./describeSignInFailure";
import { validateSignInInput, type SignInFieldErrors } from "./signInInput";
import { useSignIn } from "./useSignIn";

interface SignInFormProps {
  /** The password was right; the page decides where `status` leads. */
  onPasswordAccepted: (status: SignInStatus) => void;
}

export function SignInForm({ onPasswordAccepted }: SignInFormProps) {
  const { signIn, isSigningIn } = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});
  const [errorMessage, setErrorMessage] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // The submit button is disabled while busy, which drops keyboard focus; put it somewhere useful.
  function focusFirstProblem(errors: SignInFieldErrors) {
    (errors.email ? emailRef : passwordRef).current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSigningIn) return;

    const inputErrors = validateSignInInput(email, password);
    setFieldErrors(inputErrors);
    setErrorMessage(null);
    if (inputErrors.email || inputErrors.password) {
      focusFirstProblem(inputErrors);
      return;
    }

    const outcome = await signIn(email, password);
    switch (outcome.kind) {
      case "accepted":
        onPasswordAccepted(outcome.status);
        return;
      case "failed": {
        const feedback = describeSignInFailure(outcome.failure);
        if (feedback.kind === "fields") setFieldErrors(feedback.errors);
        else setErrorMessage(feedback.message);
        focusFirstProblem(feedback.kind === "fields" ? feedback.errors : {});
        return;
      }
      default:
        assertNever(outcome);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Sign in">
      <Stack gap="md">
        {errorMessage && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage}
          </Alert>
        )}
        <TextInput
          ref={emailRef}
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          autoFocus
          required
          withAsterisk={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <PasswordInput
          ref={passwordRef}
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" fullWidth mt="xs" loading={isSigningIn} aria-busy={isSigningIn}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

import { Divider, NumberInput, Stack, Switch } from "@mantine/core";

import { gracePeriodMaximumInDays, toGracePeriodDays, type MfaPolicyDraft } from "./mfaPolicyDraft";

interface MfaPolicyFieldsProps {
  draft: MfaPolicyDraft;
  onChange: (draft: MfaPolicyDraft) => void;
  isDisabled?: boolean;
}

/** The three policy controls, each with a plain account of what it does to people. */
/*
 * Mantine puts a switch's description inside its <label>, which would make the whole paragraph
 * the switch's name; aria-label keeps the name short while aria-describedby still reads it.
 */
export function MfaPolicyFields({ draft, onChange, isDisabled = false }: MfaPolicyFieldsProps) {
  const { required, allowSelfServiceDisable, gracePeriodDays } = draft;

  return (
    <Stack gap="lg">
      <Switch
        size="md"
        label="Require MFA for everyone"
        aria-label="Require MFA for everyone"
        description={
          "Everyone in the company, administrators included, must sign in with a code from an " +
          "authenticator app. People without MFA are asked to set it up before they can " +
          "continue."
        }
        checked={required}
        disabled={isDisabled}
        onChange={(event) => onChange({ ...draft, required: event.currentTarget.checked })}
      />
      <NumberInput
        label="Grace period"
        description={
          "Days people without MFA may keep working after you require it, with a reminder of " +
          "the deadline. With 0 they set it up straight away."
        }
        suffix={gracePeriodDays === 1 ? " day" : " days"}
        min={0}
        max={gracePeriodMaximumInDays}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        // Only the box is narrow; the explanation above it keeps the full width.
        styles={{ wrapper: { maxWidth: 220 } }}
        labelProps={{ fz: "md", fw: 400 }}
        descriptionProps={{ fz: "sm" }}
        value={gracePeriodDays}
        disabled={isDisabled}
        onChange={(value) => onChange({ ...draft, gracePeriodDays: toGracePeriodDays(value) })}
      />
      <Divider />
      <Switch
        size="md"
        label="Allow people to turn off their own MFA"
        aria-label="Allow people to turn off their own MFA"
        description={
          required
            ? "Not available while MFA is required: nobody can turn their own MFA off."
            : "People who turned MFA on may turn it off again in Settings › Security. When " +
              "this is off, only an administrator can reset someone's MFA."
        }
        // While enforcement is on nobody may switch MFA off, so the switch shows what applies;
        // the stored choice comes back if enforcement is turned off again.
        checked={allowSelfServiceDisable && !required}
        disabled={isDisabled || required}
        onChange={(event) =>
          onChange({ ...draft, allowSelfServiceDisable: event.currentTarget.checked })
        }
      />
    </Stack>
  );
}

import { Accordion, Anchor, Paper, Text, Title } from "@mantine/core";
import { useId } from "react";
import { Link } from "react-router";

// The questions follow the Troubleshooting section of the Security help article, so people who
// read it find the same questions here.
const questions = [
  {
    key: "security-missing",
    question: "I do not see Security under Settings.",
    answer:
      "Make sure you are signed in to your company's 3 Clicks Cloud site, then open Settings " +
      "from the user menu again. If Security is still missing, ask your administrator whether " +
      "your account type can use personal security settings.",
  },
  {
    key: "enable-missing",
    question: "Enable MFA is missing or greyed out.",
    answer:
      "When your company requires MFA, you may be asked to set it up as you sign in instead. " +
      "Sign out and back in to see that prompt. If you think you should be able to turn MFA on " +
      "here yourself, contact your 3 Clicks Cloud administrator.",
  },
  {
    key: "where-to-go",
    question: "Where do I go for QR codes, recovery codes, or login errors?",
    answer:
      "If the QR code will not scan, choose \u201cCan't scan?\u201d and type the setup key " +
      "instead. If codes are refused, check that the time on your phone is set automatically. " +
      "Questions about turning MFA off or your company's rules go to your administrator.",
  },
  {
    key: "recovery-and-trust",
    question: "How do I use recovery codes or trust a device for 30 days?",
    answer:
      "At sign-in, after your password, you can enter a recovery code instead of a code from " +
      "your app; each recovery code works once. On the same screen, tick \u201cTrust this " +
      "device for 30 days\u201d to skip the code step on that browser. Trusted browsers are " +
      "listed on this page while MFA is on.",
  },
] as const;

export function SecurityHelp() {
  const headingId = useId();

  return (
    <Paper withBorder radius="md" p="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Help
      </Title>
      <Text c="dimmed" size="sm" mt={4} mb="md">
        Answers to common questions about security settings.
      </Text>
      <Accordion variant="separated" radius="md">
        {questions.map(({ key, question, answer }) => (
          <Accordion.Item key={key} value={key}>
            <Accordion.Control>{question}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm">{answer}</Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Text size="sm" mt="md">
        To update your password and profile details, go to{" "}
        <Anchor component={Link} to="/settings/profile">
          Settings &gt; Profile
        </Anchor>
        . Notification delivery is set in{" "}
        <Anchor component={Link} to="/settings/notifications">
          Settings &gt; Notifications
        </Anchor>
        .
      </Text>
    </Paper>
  );
}

import { Role } from "../users/role.js";

export const demoPassword = "demo-password-1";

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  hasMfa?: boolean;
}

export interface DemoCompany {
  name: string;
  mfaRequired: boolean;
  people: DemoPerson[];
}

export const namedDemoCompanies: DemoCompany[] = [
  {
    name: "Acme Corp",
    mfaRequired: false,
    people: [
      { email: "admin@acme.test", name: "Ada Admin", role: Role.ADMIN },
      { email: "alice@acme.test", name: "Alice Anders", role: Role.MEMBER },
      { email: "bob@acme.test", name: "Bob Brown", role: Role.MEMBER },
    ],
  },
  {
    name: "Globex",
    mfaRequired: true,
    people: [
      { email: "admin@globex.test", name: "Gina Globex", role: Role.ADMIN },
      { email: "carol@globex.test", name: "Carol Chen", role: Role.MEMBER },
    ],
  },
];

const givenNames = [
  "Amara",
  "Bjorn",
  "Chiara",
  "Dmitri",
  "Esme",
  "Farah",
  "Goran",
  "Hana",
  "Ines",
  "Jonas",
  "Kenji",
  "Lena",
  "Mateo",
  "Nadia",
  "Oskar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sven",
  "Tariq",
  "Uma",
  "Viktor",
  "Wen",
  "Yara",
  "Zoltan",
  "Ayesha",
  "Bruno",
  "Camille",
  "Diego",
];
const familyNames = [
  "Okafor",
  "Lindqvist",
  "Rossi",
  "Petrov",
  "Nakamura",
  "Haddad",
  "Novak",
  "Kim",
  "Garcia",
  "Schmidt",
  "Dubois",
  "Singh",
  "O'Neill",
  "Costa",
  "Müller",
  "Andersen",
  "Kowalski",
];

export const generatedStaffCount = 72;

/** The first ten stay without MFA, so any of them can try every flow from the start. */
const firstWithPossibleMfa = 10;

/** Deterministic, so the demo looks the same on every machine and in screenshots. */
export function generatedStaff(): DemoPerson[] {
  return Array.from({ length: generatedStaffCount }, (_, index) => {
    const number = String(index + 1).padStart(3, "0");
    const given = givenNames[(index * 7) % givenNames.length];
    const family = familyNames[(index * 5) % familyNames.length];
    return {
      email: `staff${number}@acme.test`,
      name: `${given} ${family}`,
      role: Role.MEMBER,
      hasMfa: index >= firstWithPossibleMfa && index % 3 !== 0,
    };
  });
}

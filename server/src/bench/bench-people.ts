/**
 * Staff names for the large companies. A thousand surnames keeps a surname search as selective
 * as in a real directory (the commonest surname in most countries is about 1 % of people).
 */
const givenNames = [
  "Ada",
  "Bea",
  "Cai",
  "Dev",
  "Eli",
  "Fay",
  "Gus",
  "Hana",
  "Ivo",
  "Jun",
  "Kai",
  "Lea",
  "Max",
  "Nia",
  "Oto",
  "Pia",
  "Quin",
  "Rui",
  "Sol",
  "Tea",
  "Uma",
  "Val",
  "Wen",
  "Xia",
  "Yan",
  "Zoe",
  "Ari",
  "Bo",
  "Cy",
  "Di",
];

const syllables = [
  "ba",
  "ce",
  "di",
  "fo",
  "gu",
  "ha",
  "ki",
  "lo",
  "mu",
  "na",
  "pe",
  "ri",
  "sa",
  "to",
  "vu",
  "we",
  "ya",
  "zo",
  "bri",
  "cla",
  "dro",
  "fle",
  "gra",
  "klu",
  "mor",
  "nel",
  "ost",
  "pra",
  "quo",
  "rin",
  "sta",
  "tor",
];

/** 32 × 32 two-syllable surnames, capitalised: "Bace", "Bariq"… */
export const surnames = syllables.flatMap((first) =>
  syllables.map((second) => `${first[0]?.toUpperCase()}${first.slice(1)}${second}`),
);

export { givenNames };

/** The benchmark's one password; every seeded person shares its single hash. */
export const benchPassword = "bench-password-1";

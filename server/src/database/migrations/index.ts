import { CreateAccounts1764780000000 } from "./1764780000000-create-accounts.js";
import { CreateMfa1764790000000 } from "./1764790000000-create-mfa.js";
import { CreateSignInChallenges1764800000000 } from "./1764800000000-create-sign-in-challenges.js";
import { IndexStaffSearch1764810000000 } from "./1764810000000-index-staff-search.js";
import { CreateAccessTokens1764820000000 } from "./1764820000000-create-access-tokens.js";
import { CreateCodeAttemptReservations1764845000000 } from "./1764845000000-create-code-attempt-reservations.js";
import { CreateNotifications1764850000000 } from "./1764850000000-create-notifications.js";
import { CountStaffByMfa1764860000000 } from "./1764860000000-count-staff-by-mfa.js";
import { ReserveCodeAttemptInOneCall1764870000000 } from "./1764870000000-reserve-code-attempt-in-one-call.js";
import { LeaveRoomForHotUpdatesOfUsers1764880000000 } from "./1764880000000-leave-room-for-hot-updates-of-users.js";

// Listed by hand: TypeORM's glob loading uses native import(), which cannot load .ts under the
// dev runner or vitest. Append each new migration here.
export const migrations = [
  CreateAccounts1764780000000,
  CreateMfa1764790000000,
  CreateSignInChallenges1764800000000,
  IndexStaffSearch1764810000000,
  CreateAccessTokens1764820000000,
  CreateCodeAttemptReservations1764845000000,
  CreateNotifications1764850000000,
  CountStaffByMfa1764860000000,
  ReserveCodeAttemptInOneCall1764870000000,
  LeaveRoomForHotUpdatesOfUsers1764880000000,
];

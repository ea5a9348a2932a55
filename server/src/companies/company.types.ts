import { Field, InputType, Int, ObjectType } from "type-graphql";

import { Company } from "../users/viewer.type.js";

@ObjectType({ description: "How the company treats MFA." })
export class MfaPolicy {
  @Field(() => Boolean, { description: "Everyone must use MFA." })
  required: boolean;

  @Field(() => Boolean, { description: "People may turn their own MFA off when not required." })
  allowSelfServiceDisable: boolean;

  @Field(() => Int, { description: "Days people without MFA may keep working once required." })
  gracePeriodDays: number;
}

@ObjectType({ description: "Site Settings > Company > General Settings." })
export class CompanySettings {
  @Field(() => Company, { description: "The company." })
  company: Company;

  @Field(() => MfaPolicy, { description: "The MFA policy." })
  mfaPolicy: MfaPolicy;

  @Field(() => Int, { description: "Everyone in the company, administrators included." })
  staffCount: number;

  @Field(() => Int, { description: "How many of them use MFA." })
  mfaEnabledCount: number;
}

@InputType({ description: "A new MFA policy for the company." })
export class MfaPolicyInput {
  @Field(() => Boolean, { description: "Everyone must use MFA." })
  required: boolean;

  @Field(() => Boolean, { description: "People may turn their own MFA off when not required." })
  allowSelfServiceDisable: boolean;

  @Field(() => Int, {
    defaultValue: 0,
    description: "Days (0 to 90) people without MFA may keep working once it is required.",
  })
  gracePeriodDays: number;
}

import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "A personal access token for the API; the secret is never shown again.",
})
export class AccessToken {
  @Field(() => ID, { description: "Stable identifier, used to revoke it." })
  id: string;

  @Field(() => String, { description: "What the token is for, chosen by its owner." })
  name: string;

  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When it was last used (to the minute)." })
  lastUsedAt: Date | null;

  @Field(() => Date, { description: "When it stops working." })
  expiresAt: Date;
}

@ObjectType({ description: "A new token: `token` is the secret, shown only in this answer." })
export class CreateAccessTokenPayload {
  @Field(() => String, { description: "Send as `Authorization: Bearer <token>`. Shown once." })
  token: string;

  @Field(() => AccessToken, { description: "The token's details." })
  accessToken: AccessToken;
}

@InputType({ description: "A new personal access token." })
export class CreateAccessTokenInput {
  @Field(() => String, { description: "What the token is for, 1 to 100 characters." })
  name: string;

  @Field(() => Int, { description: "Days until it expires, 1 to 365." })
  expiresInDays: number;
}

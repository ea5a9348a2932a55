import { Field, ID, ObjectType } from "type-graphql";

import { Role } from "./role.js";

@ObjectType({ description: "A company using 3 Clicks Cloud." })
export class Company {
  @Field(() => ID, { description: "Stable identifier of the company." })
  id: string;

  @Field(() => String, { description: "The company's display name." })
  name: string;
}

@ObjectType({ description: "The signed-in person." })
export class Viewer {
  @Field(() => ID, { description: "Stable identifier of the person." })
  id: string;

  @Field(() => String, { description: "Sign-in email, lower-cased." })
  email: string;

  @Field(() => String, { description: "Full name as shown to colleagues." })
  name: string;

  @Field(() => Role, { description: "What the person may do in their company." })
  role: Role;

  @Field(() => Company, { description: "The company the person belongs to." })
  company: Company;
}

// accessTokens is added to Viewer by the access-tokens resolver, which owns that data.

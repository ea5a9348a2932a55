import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The Staff page shows a total for every filter. Counting a 100,000-person company row by row
 * on each page costs a hundred times what the page itself does, so the totals are kept per
 * company, role and MFA state by triggers, in the same transaction as the change they count.
 * Arrivals and enrolments are counted once per statement from its transition table, so a bulk
 * import of 100,000 people updates a counter row once, not 100,000 times.
 *
 * A person's row is counted before it is deleted (BEFORE DELETE), while their authenticator
 * still exists; the cascade that then removes the authenticator finds no person and changes
 * nothing, so a deleted person is never counted twice. Every trigger locks counter rows in
 * one order (without MFA before with, then by role), so an enrolment and a removal running at
 * once in one company cannot deadlock on them.
 *
 * The counters carry no foreign key: a company's cascade reaches its people's authenticators
 * after the company row is gone, and their triggers may still touch its counters. A
 * statement-level trigger, which runs after every cascade of the delete, clears them instead.
 */
export class CountStaffByMfa1764860000000 implements MigrationInterface {
  name = "CountStaffByMfa1764860000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "company_staff_counts" (
        "company_id" uuid NOT NULL,
        "role" varchar(16) NOT NULL,
        "mfa_enabled" boolean NOT NULL,
        "staff_count" integer NOT NULL,
        CONSTRAINT "PK_company_staff_counts" PRIMARY KEY ("company_id", "role", "mfa_enabled"),
        CONSTRAINT "company_staff_counts_not_negative" CHECK ("staff_count" >= 0)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION adjust_company_staff_count(
        target_company uuid, target_role varchar, has_mfa boolean, delta integer
      ) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- PostgreSQL checks constraints on the proposed row before it looks for a conflict,
        -- so a decrement must never be offered as an insert: it would fail the CHECK even
        -- when the counter row exists.
        IF delta < 0 THEN
          UPDATE company_staff_counts SET staff_count = staff_count + delta
           WHERE company_id = target_company AND role = target_role AND mfa_enabled = has_mfa;
          RETURN;
        END IF;
        INSERT INTO company_staff_counts (company_id, role, mfa_enabled, staff_count)
        SELECT target_company, target_role, has_mfa, delta
         WHERE EXISTS (SELECT 1 FROM companies WHERE id = target_company)
        ON CONFLICT (company_id, role, mfa_enabled)
        DO UPDATE SET staff_count = company_staff_counts.staff_count + delta;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION count_staff_on_user_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        has_mfa boolean;
      BEGIN
        has_mfa := EXISTS (SELECT 1 FROM totp_authenticators WHERE user_id = OLD.id);
        IF TG_OP = 'DELETE' THEN
          PERFORM adjust_company_staff_count(OLD.company_id, OLD.role, has_mfa, -1);
        ELSIF (OLD.company_id::text, OLD.role) < (NEW.company_id::text, NEW.role) THEN
          PERFORM adjust_company_staff_count(OLD.company_id, OLD.role, has_mfa, -1);
          PERFORM adjust_company_staff_count(NEW.company_id, NEW.role, has_mfa, 1);
        ELSE
          PERFORM adjust_company_staff_count(NEW.company_id, NEW.role, has_mfa, 1);
          PERFORM adjust_company_staff_count(OLD.company_id, OLD.role, has_mfa, -1);
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NULL END;
      END $$`);

    // New people arrive without an authenticator (it needs their row first), so they are all
    // counted without MFA, one counter update per company and role rather than per person.
    await queryRunner.query(`
      CREATE FUNCTION count_staff_on_users_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        arrived record;
      BEGIN
        FOR arrived IN
          SELECT company_id, role, count(*)::int AS people FROM inserted_users
           GROUP BY company_id, role ORDER BY company_id::text, role
        LOOP
          PERFORM adjust_company_staff_count(
            arrived.company_id, arrived.role, false, arrived.people);
        END LOOP;
        RETURN NULL;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION count_staff_on_authenticators_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        direction integer := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
        moved record;
      BEGIN
        FOR moved IN
          SELECT u.company_id, u.role, count(*)::int AS people
            FROM changed_authenticators a JOIN users u ON u.id = a.user_id
           GROUP BY u.company_id, u.role ORDER BY u.company_id::text, u.role
        LOOP
          PERFORM adjust_company_staff_count(
            moved.company_id, moved.role, false, -direction * moved.people);
          PERFORM adjust_company_staff_count(
            moved.company_id, moved.role, true, direction * moved.people);
        END LOOP;
        RETURN NULL;
      END $$`);

    await queryRunner.query(`
      CREATE TRIGGER "users_count_insert" AFTER INSERT ON "users"
        REFERENCING NEW TABLE AS inserted_users
        FOR EACH STATEMENT EXECUTE FUNCTION count_staff_on_users_insert()`);
    await queryRunner.query(`
      CREATE TRIGGER "users_count_update" AFTER UPDATE OF "company_id", "role" ON "users"
        FOR EACH ROW WHEN (OLD.company_id IS DISTINCT FROM NEW.company_id
                           OR OLD.role IS DISTINCT FROM NEW.role)
        EXECUTE FUNCTION count_staff_on_user_change()`);
    await queryRunner.query(`
      CREATE TRIGGER "users_count_delete" BEFORE DELETE ON "users"
        FOR EACH ROW EXECUTE FUNCTION count_staff_on_user_change()`);
    await queryRunner.query(`
      CREATE TRIGGER "totp_authenticators_count_insert" AFTER INSERT ON "totp_authenticators"
        REFERENCING NEW TABLE AS changed_authenticators
        FOR EACH STATEMENT EXECUTE FUNCTION count_staff_on_authenticators_change()`);
    await queryRunner.query(`
      CREATE TRIGGER "totp_authenticators_count_delete" AFTER DELETE ON "totp_authenticators"
        REFERENCING OLD TABLE AS changed_authenticators
        FOR EACH STATEMENT EXECUTE FUNCTION count_staff_on_authenticators_change()`);

    await queryRunner.query(`
      CREATE FUNCTION forget_closed_company_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM company_staff_counts c
         WHERE NOT EXISTS (SELECT 1 FROM companies WHERE id = c.company_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "companies_forget_counts" AFTER DELETE ON "companies"
        FOR EACH STATEMENT EXECUTE FUNCTION forget_closed_company_counts()`);

    await queryRunner.query(`
      INSERT INTO company_staff_counts (company_id, role, mfa_enabled, staff_count)
      SELECT u.company_id, u.role, t.id IS NOT NULL, count(*)
        FROM users u LEFT JOIN totp_authenticators t ON t.user_id = u.id
       GROUP BY 1, 2, 3`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "companies_forget_counts" ON "companies"`);
    await queryRunner.query(`DROP FUNCTION forget_closed_company_counts()`);
    await queryRunner.query(
      `DROP TRIGGER "totp_authenticators_count_delete" ON "totp_authenticators"`,
    );
    await queryRunner.query(
      `DROP TRIGGER "totp_authenticators_count_insert" ON "totp_authenticators"`,
    );
    await queryRunner.query(`DROP TRIGGER "users_count_delete" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_count_update" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_count_insert" ON "users"`);
    await queryRunner.query(`DROP FUNCTION count_staff_on_authenticators_change()`);
    await queryRunner.query(`DROP FUNCTION count_staff_on_users_insert()`);
    await queryRunner.query(`DROP FUNCTION count_staff_on_user_change()`);
    await queryRunner.query(
      `DROP FUNCTION adjust_company_staff_count(uuid, varchar, boolean, integer)`,
    );
    await queryRunner.query(`DROP TABLE "company_staff_counts"`);
  }
}

import type { DataSource, EntityManager, EntityMetadata } from "typeorm";

import { CompanyEntity } from "../companies/company.entity.js";
import { UserEntity } from "./user.entity.js";

interface ColumnAlias {
  /** `u."company_id" AS "u_company_id"` */
  selectExpression: string;
  alias: string;
  propertyName: string;
  fromDatabase: (value: unknown) => unknown;
}

/** How to select a person with their company, and how to turn the row back into entities. */
export interface PersonColumns {
  /** For a query that names the person `u` and the company `c`. */
  selectList: string;
  toUser(row: Record<string, unknown>): UserEntity;
}

const byDataSource = new WeakMap<DataSource, PersonColumns>();

/**
 * A person with their company is read on the hot paths: each sign-in, each code step, each
 * viewer. TypeORM's query builder spent more CPU writing that SQL than PostgreSQL spent
 * answering it, so the select list is written once per data source from the entities' own
 * metadata (a new column needs no change here) and rows become entities without the builder.
 */
export function personColumns(manager: EntityManager): PersonColumns {
  const dataSource = manager.connection;
  const known = byDataSource.get(dataSource);
  if (known) return known;

  const userColumns = aliasesOf(dataSource.getMetadata(UserEntity), "u");
  const companyColumns = aliasesOf(dataSource.getMetadata(CompanyEntity), "c");
  const created: PersonColumns = {
    selectList: [...userColumns, ...companyColumns]
      .map(({ selectExpression }) => selectExpression)
      .join(", "),
    toUser: (row) => {
      const user = Object.assign(new UserEntity(), valuesOf(row, userColumns));
      user.company = Object.assign(new CompanyEntity(), valuesOf(row, companyColumns));
      return user;
    },
  };
  byDataSource.set(dataSource, created);
  return created;
}

function aliasesOf(metadata: EntityMetadata, tableAlias: string): ColumnAlias[] {
  return metadata.columns.map((column) => {
    const alias = `${tableAlias}_${column.databaseName}`;
    const transformer = column.transformer;
    const fromDatabase =
      transformer && !Array.isArray(transformer)
        ? (value: unknown) => transformer.from(value)
        : (value: unknown) => value;
    return {
      selectExpression: `${tableAlias}."${column.databaseName}" AS "${alias}"`,
      alias,
      propertyName: column.propertyName,
      fromDatabase,
    };
  });
}

function valuesOf(row: Record<string, unknown>, columns: ColumnAlias[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { alias, propertyName, fromDatabase } of columns) {
    values[propertyName] = fromDatabase(row[alias]);
  }
  return values;
}

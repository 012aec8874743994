/** Kysely table types: Column helpers shared by the table types. Kept by hand beside the SQL migrations. */
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Json<T = unknown> = ColumnType<T, string | T, string | T>;

-- A report's figures were JSON kept as text and parsed again on every read (a broken value read as "no figures",
-- silently). Now jsonb: PostgreSQL checks the value on write, Hibernate maps it (@JdbcTypeCode(SqlTypes.JSON)), and
-- SQL can read inside it.
alter table report alter column figures type jsonb using figures::jsonb;

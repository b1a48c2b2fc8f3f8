-- Task ids are taken 50 at a time from the identity column's sequence (Task.id's pooled generator), so that an import
-- inserts its tasks in JDBC batches (issue 14). Rows inserted without an id still take the next value; the gaps this
-- leaves between blocks are harmless.
alter table task alter column id set increment by 50;

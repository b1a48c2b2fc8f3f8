-- Long imports run as jobs (issue 10): the request is kept until the job is done, so a restart re-runs what had not
-- finished (the commit is one transaction with the job's DONE, and idempotent by the document's hash).
create table import_job (
    id           bigserial primary key,
    region_code  varchar(6)   not null,
    state        varchar(10)  not null,
    percent      integer      not null default 0,
    tasks_done   integer      not null default 0,
    tasks_total  integer      not null default 0,
    request      text,
    requested_by varchar(200),
    import_id    bigint,
    plan_id      bigint,
    created      boolean,
    problem      text,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create index import_job_open on import_job (state) where state in ('QUEUED', 'RUNNING');

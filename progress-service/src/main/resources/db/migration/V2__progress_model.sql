-- Task numbers and ids from tasks-service are opaque strings; 20 characters was too tight.
alter table assignment alter column task_number type varchar(64);
alter table assignment add column plan_id varchar(100);

-- The tasks as this service needs them to print tables and notices (tolerant copy of task events).
-- plan_id is the event's planId, or "<regionCode>:<year>" for tasks that come without one.
create table task_view (
    task_id                 varchar(64)  primary key,
    plan_id                 varchar(100) not null,
    region_code             varchar(6)   not null,
    year                    integer      not null,
    number                  varchar(64),
    title                   text,
    section_path            text,
    section_kind            varchar(20),
    markers                 text,
    leaders                 text,
    coordinator             varchar(200),
    lead_unit_id            varchar(64),
    lead_unit_name          varchar(200),
    lead_person             varchar(200),
    responsible_units       text,
    related_units           text,
    indicator_code          varchar(64),
    target_value            numeric,
    target_unit             varchar(40),
    target_comparator       varchar(20),
    cancelled               boolean      not null default false,
    version                 integer      not null
);
create index task_view_plan on task_view (plan_id);
create index task_view_indicator on task_view (indicator_code);

create table plan_view (
    plan_id       varchar(100) primary key,
    region_code   varchar(6),
    year          integer,
    title         text,
    marker_legend text
);

create table reporting_calendar (
    plan_id              varchar(100) primary key,
    year                 integer      not null,
    shift_to_working_day boolean      not null,
    holidays             text         not null default '',
    make_up_workdays     text         not null default '',
    row_version          bigint       not null default 0
);

create table calendar_period (
    plan_id  varchar(100) not null references reporting_calendar (plan_id) on delete cascade,
    period   varchar(10)  not null,
    deadline date         not null,
    primary key (plan_id, period)
);

-- 补报 exceptions granted by the supervision office.
create table late_grant (
    id            varchar(36)  primary key,
    plan_id       varchar(100) not null,
    unit_id       varchar(64)  not null,
    period        varchar(10)  not null,
    allowed_until date         not null,
    reason        text         not null,
    granted_by    varchar(200) not null,
    granted_at    timestamptz  not null,
    unique (plan_id, unit_id, period)
);

-- One row per version of a unit's report on a task for a period.
create table report (
    id                 varchar(36)  primary key,
    task_id            varchar(64)  not null,
    plan_id            varchar(100) not null,
    unit_id            varchar(64)  not null,
    unit_name          varchar(200),
    period             varchar(10)  not null,
    year               integer      not null,
    region_code        varchar(6)   not null,
    version            integer      not null,
    status             varchar(20)  not null,
    narrative          text         not null,
    figures            text,
    percent_of_annual  numeric(7, 2),
    self_status        varchar(20),
    issues_raised      text,
    consolidated       boolean      not null default false,
    timeliness         varchar(20),
    import_id          varchar(100),
    created_by         varchar(200) not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    submitted_at       timestamptz,
    approved_by        varchar(200),
    reviewed_by        varchar(200),
    reviewed_at        timestamptz,
    return_reason      text,
    row_version        bigint       not null default 0,
    unique (task_id, unit_id, period, version)
);
create index report_plan_period on report (plan_id, period);
create index report_unit on report (unit_id);

-- Audit of every transition: who, when, from -> to.
create table report_transition (
    id          bigserial    primary key,
    report_id   varchar(36)  not null references report (id),
    action      varchar(20)  not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    actor       varchar(200) not null,
    at          timestamptz  not null,
    note        text
);
create index report_transition_report on report_transition (report_id);

create table indicator_figure (
    indicator_code varchar(64)  not null,
    region_code    varchar(6)   not null,
    year           integer      not null,
    period         varchar(10)  not null,
    value          numeric,
    unit           varchar(40),
    growth_rate    numeric,
    estimate       boolean      not null default false,
    revision       integer      not null,
    observation_id varchar(100),
    primary key (indicator_code, region_code, year, period)
);

create table indicator_evaluation (
    indicator_code varchar(64)  not null,
    region_code    varchar(6)   not null,
    year           integer      not null,
    period         varchar(10)  not null,
    verdict        varchar(20),
    target_text    text,
    actual_value   numeric,
    unit           varchar(40),
    growth_rate    numeric,
    primary key (indicator_code, region_code, year, period)
);

-- The supervision ledger per task/unit/period: reminders, overdue flags and urging slips.
create table urging (
    id           varchar(36)  primary key,
    task_id      varchar(64)  not null,
    plan_id      varchar(100) not null,
    unit_id      varchar(64)  not null,
    unit_name    varchar(200),
    period       varchar(10)  not null,
    kind         varchar(20)  not null,
    level        varchar(20),
    days_overdue integer,
    at           timestamptz  not null,
    actor        varchar(200) not null,
    note         text
);
create index urging_task_unit on urging (task_id, unit_id, period);
create index urging_plan on urging (plan_id, period);

-- Published documents, frozen: a correction is a new version, old versions stay.
create table publication (
    id           varchar(36)  primary key,
    plan_id      varchar(100) not null,
    period       varchar(10)  not null,
    kind         varchar(20)  not null,
    version      integer      not null,
    title        text         not null,
    content      text         not null,
    note         text,
    published_by varchar(200) not null,
    published_at timestamptz  not null,
    unique (plan_id, period, kind, version)
);

-- Who was assigned to each task from when to when (issue 13): obligations, completeness, the sweep, tables,
-- notices and the assessment ask "who owed period P" = who was assigned on P's effective deadline.
create table assignment_span (
    id             varchar(36)  primary key,
    task_id        varchar(100) not null,
    unit_id        varchar(100) not null,
    unit_name      varchar(200) not null,
    role           varchar(20)  not null,
    plan_id        varchar(100),
    region_code    varchar(6)   not null,
    year           integer      not null,
    task_number    varchar(64),
    task_title     text,
    -- null: named when the task was first announced, owes every period of the year
    assigned_from  date,
    -- null: still assigned; else the day the unit was taken off the task (not assigned on that day)
    assigned_until date,
    check (assigned_until is null or assigned_from is null or assigned_until >= assigned_from)
);
create index assignment_span_task_unit on assignment_span (task_id, unit_id);
create index assignment_span_plan on assignment_span (plan_id);
create index assignment_span_unit on assignment_span (unit_id);
create index assignment_span_region_year on assignment_span (region_code, year);

-- the matrix already held is what the tasks were first announced with
insert into assignment_span (id, task_id, unit_id, unit_name, role, plan_id, region_code, year, task_number, task_title)
select md5(task_id || '|' || unit_id)::uuid::varchar, task_id, unit_id, unit_name, role, plan_id, region_code, year,
       task_number, task_title
from assignment;

-- The State Council's yearly holiday and 调休 schedule (国务院办公厅关于部分节假日安排的通知), one row per year:
-- loaded from the bundled dataset at start-up when missing, editable by ADMIN.
create table official_working_days (
    year             integer      primary key,
    holidays         text         not null,
    make_up_workdays text         not null,
    source           text         not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint       not null default 0
);

-- How a plan's notices and dashboards count (issue 13): the status categories and which section kinds form the base.
create table counting_rule (
    plan_id                varchar(100) primary key,
    categories             text         not null,
    excluded_section_kinds text         not null,
    updated_by             varchar(100) not null,
    updated_at             timestamp with time zone not null,
    row_version            bigint       not null default 0
);

-- The office's judgement of a task for a period, where a category is not read off the pace (指标调整, 不能完成 …).
create table task_classification (
    id            varchar(36)  primary key,
    plan_id       varchar(100) not null,
    period        varchar(10)  not null,
    task_id       varchar(100) not null,
    category      varchar(40)  not null,
    classified_by varchar(100) not null,
    classified_at timestamp with time zone not null,
    unique (plan_id, period, task_id)
);

-- a task copy made from imported progress before tasks-service announced the task
alter table task_view add column announced boolean not null default true;
-- the placeholders already held: made from imported progress (version 0, no title: tasks-service's tasks all have one)
update task_view set announced = false where version = 0 and title is null;

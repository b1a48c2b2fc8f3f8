-- Read model of who owes reports for which task, built from tasks-service's task events.
create table assignment (
    task_id      varchar(100)  not null,
    unit_id      varchar(100)  not null,
    unit_name    varchar(200) not null,
    role         varchar(20)  not null,
    region_code  varchar(6)   not null,
    year         integer      not null,
    task_number  varchar(64),
    task_title   text,
    task_version integer      not null,
    primary key (task_id, unit_id)
);
create index assignment_unit on assignment (unit_id);
create index assignment_region_year on assignment (region_code, year);

-- In-app notifications (issue 18): one row per domain event that concerns people — a reminder, an overdue report, an
-- urging with its colour level, a report returned with the reason or accepted, a plan published, a table or notice
-- frozen — addressed to a unit (its reporters and heads) or to the whole region; read marks are per person.
create table notification (
    id          uuid         primary key,
    event_id    varchar(200) not null unique,
    kind        varchar(30)  not null,
    level       varchar(20),
    region_code varchar(6)   not null,
    unit_id     varchar(100),
    task_id     varchar(100),
    plan_id     varchar(100),
    period      varchar(10),
    title       varchar(300) not null,
    body        text,
    created_at  timestamptz  not null
);
create index notification_audience on notification (region_code, unit_id, created_at desc);

create table notification_read (
    notification_id uuid         not null references notification (id) on delete cascade,
    login           varchar(200) not null,
    read_at         timestamptz  not null,
    primary key (notification_id, login)
);

-- E-mail (issue 18): the units' contacts as tasks-service's directory last announced them (unit-contacts-changed),
-- the administrators' changes to the official working-day schedule (progress-service's working-days-updated; the
-- bundled years are the default), and one e-mail delivery per notification addressed to a unit — held for quiet hours
-- and rest days unless urgent, sent with others of the same unit as one digest, retried with backoff.
create table unit_contacts (
    unit_id     varchar(100) primary key,
    region_code varchar(6)   not null,
    unit_name   varchar(200) not null,
    version     integer      not null,
    contacts    text         not null,
    updated_at  timestamptz  not null
);

create table working_days (
    year             integer      primary key,
    holidays         text         not null,
    make_up_workdays text         not null,
    source           varchar(500) not null,
    updated_at       timestamptz  not null
);

create table email_delivery (
    id              uuid          primary key,
    notification_id uuid          not null unique references notification (id) on delete cascade,
    region_code     varchar(6)    not null,
    unit_id         varchar(100)  not null,
    kind            varchar(30)   not null,
    urgent          boolean       not null,
    status          varchar(20)   not null,
    not_before      timestamptz   not null,
    next_attempt_at timestamptz,
    attempts        integer       not null default 0,
    message_id      uuid,
    recipients      varchar(2000),
    digest_size     integer,
    last_error      varchar(1000),
    sent_at         timestamptz,
    created_at      timestamptz   not null
);
create index email_delivery_due on email_delivery (status, not_before, next_attempt_at);
create index email_delivery_unit on email_delivery (region_code, unit_id, created_at desc);

-- Webhooks for other systems (issue 18): subscriptions per region and event type, and one delivery per event and
-- subscription with its attempts (the delivery log), sent by the gateway's dispatcher, signed as Standard Webhooks says.
create table webhook_subscription (
    id                   uuid          primary key,
    name                 varchar(100)  not null,
    url                  varchar(2000) not null,
    region_code          varchar(6),
    event_types          varchar(2000) not null,
    secret               varchar(200)  not null,
    enabled              boolean       not null default true,
    consecutive_failures integer       not null default 0,
    disabled_at          timestamptz,
    disabled_reason      varchar(500),
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null
);

create table webhook_delivery (
    id              uuid          primary key,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        varchar(200)  not null,
    event_type      varchar(200)  not null,
    payload         text          not null,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(1000),
    delivered_at    timestamptz,
    created_at      timestamptz   not null,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);

-- People who log in at the gateway (the embedded default; production uses an OIDC provider instead).
create table gateway_user (
    login          varchar(64)  primary key,
    password_hash  varchar(100) not null,
    roles          varchar(200) not null,
    region_code    varchar(6),
    unit_id        varchar(40),
    display_name   varchar(100),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

-- Machine clients. Only a SHA-256 hash of the secret is kept; the secret is shown once at creation.
create table gateway_api_key (
    id           uuid         primary key,
    name         varchar(100) not null,
    secret_hash  char(64)     not null unique,
    roles        varchar(200) not null,
    region_code  varchar(6),
    unit_id      varchar(40),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

-- Every write that passed the gateway, with who made it and how it ended.
create table gateway_audit (
    id          bigserial    primary key,
    at          timestamptz  not null,
    method      varchar(10)  not null,
    path        varchar(500) not null,
    status      int          not null,
    caller      varchar(120) not null,
    roles       varchar(200),
    region_code varchar(6),
    unit_id     varchar(40),
    client      varchar(120),
    request_id  varchar(100) not null,
    duration_ms bigint       not null
);
create index gateway_audit_at on gateway_audit (at desc);
create index gateway_audit_caller on gateway_audit (caller);

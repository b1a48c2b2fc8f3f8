-- indicators-service: the catalog, expected targets, observations (with revisions) and their evaluation.

create table indicator (
    code             varchar(64)  primary key,
    name_zh          varchar(100) not null,
    name_en          varchar(200) not null,
    unit             varchar(30)  not null,
    kind             varchar(30)  not null check (kind in ('CUMULATIVE_AMOUNT', 'LEVEL', 'RATE')),
    higher_is_better boolean      not null,
    -- names separated by '|', in the order the catalog lists them
    synonyms         text         not null default '',
    distinct_from    text         not null default '',
    note             text         not null default '',
    built_in         boolean      not null,
    version          integer      not null default 0
);

create table indicator_target (
    id                uuid         primary key,
    region_code       varchar(6)   not null,
    year              integer      not null,
    -- null for a qualitative target whose subject is not in the catalog (全面小康实现程度)
    indicator_code    varchar(64)  references indicator (code),
    subject           varchar(200) not null,
    level_comparator  varchar(30),
    level_value       numeric(24, 6),
    level_unit        varchar(30),
    level_tolerance   numeric(24, 6),
    growth_comparator varchar(30),
    growth_value      numeric(12, 4),
    growth_tolerance  numeric(12, 4),
    reference_code    varchar(64)  references indicator (code),
    qualitative       boolean      not null,
    source_text       text         not null,
    notes             text         not null default '',
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    version           integer      not null default 0
);
create unique index indicator_target_one_per_year
    on indicator_target (region_code, year, indicator_code) where indicator_code is not null;
create index indicator_target_region_year on indicator_target (region_code, year);

create table observation (
    id               uuid         primary key,
    indicator_code   varchar(64)  not null references indicator (code),
    region_code      varchar(6)   not null,
    year             integer      not null,
    period           varchar(10)  not null,
    period_end_month integer      not null check (period_end_month between 1 and 12),
    -- 1 for the first figure of a period, +1 for every revision; only the newest is current
    revision         integer      not null,
    current          boolean      not null,
    value            numeric(24, 6),
    unit             varchar(30)  not null,
    growth_rate      numeric(12, 4),
    estimate         boolean      not null,
    source           varchar(200),
    release_date     date,
    recorded_at      timestamptz  not null,
    recorded_by      varchar(200) not null,
    -- the evaluation of this figure against the region's target of the year, when it was last evaluated
    verdict          varchar(20),
    rule             text,
    target_text      text,
    evaluated_at     timestamptz,
    version          integer      not null default 0,
    unique (indicator_code, region_code, year, period, revision)
);
create unique index observation_one_current
    on observation (indicator_code, region_code, year, period) where current;
create index observation_region_year on observation (region_code, year) where current;

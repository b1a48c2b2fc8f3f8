-- A second growth bound beside the first, read from one statement: "居民人均可支配收入增长8%,与经济增长基本同步" keeps
-- 8 % in growth_* and the in-step bound (IN_STEP_WITH GDP) in second_growth_*; both are evaluated.
alter table indicator_target add column second_growth_comparator varchar(30);
alter table indicator_target add column second_growth_value numeric(12, 4);
alter table indicator_target add column second_growth_tolerance numeric(12, 4);
alter table indicator_target add column second_growth_from numeric(24, 6);
alter table indicator_target add column second_reference_code varchar(64) references indicator (code);
create index indicator_target_second_reference on indicator_target (region_code, year, second_reference_code)
    where second_reference_code is not null;

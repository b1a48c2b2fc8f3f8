-- A task's read kept as the JSON it answers (issue 14: a task read in one statement, the task row and its region's
-- stamp, instead of the task with its collections and a second statement for its unit, group and section names).
--
-- The JSON is valid while (a) the task row is at the version it was built from (view_version = version) and (b) its
-- region's directory stamp is the one it was built under (view_stamp = task_view_stamp.stamp). The database keeps
-- both true by construction, whatever code path writes:
--   * any update of a task row that does not itself write the view (Hibernate's, or native SQL such as a unit merge's
--     "update task set lead_unit_id = …") forgets the view;
--   * any change of a task's leaders, units or quantified targets forgets the task's view;
--   * renaming or deleting a unit or a unit group, and retitling, moving or deleting a section, moves the region's
--     stamp on, which forgets every view built in that region before.
alter table task add column view_json text;
alter table task add column view_version integer;
alter table task add column view_stamp bigint;

create table task_view_stamp (
    region_code varchar(6) primary key,
    stamp       bigint     not null
);

create function task_view_touch_region(code varchar) returns void language plpgsql as $$
begin
    if code is not null then
        insert into task_view_stamp (region_code, stamp) values (code, 1)
        on conflict (region_code) do update set stamp = task_view_stamp.stamp + 1;
    end if;
end $$;

create function task_view_forget_row() returns trigger language plpgsql as $$
begin
    new.view_version := null;
    return new;
end $$;

-- an update that leaves all three view columns as they were is a change of the task, not a store of its view
create trigger task_view_forget before update on task for each row
    when (new.view_json is not distinct from old.view_json and new.view_version is not distinct from old.view_version
          and new.view_stamp is not distinct from old.view_stamp)
    execute function task_view_forget_row();

create function task_view_forget_parent() returns trigger language plpgsql as $$
begin
    update task set view_version = null
     where id = (case when tg_op = 'DELETE' then old.task_id else new.task_id end) and view_version is not null;
    if tg_op = 'UPDATE' and old.task_id <> new.task_id then
        update task set view_version = null where id = old.task_id and view_version is not null;
    end if;
    return null;
end $$;

create trigger task_leader_view after insert or update or delete on task_leader for each row
    execute function task_view_forget_parent();
create trigger task_unit_view after insert or update or delete on task_unit for each row
    execute function task_view_forget_parent();
create trigger task_quant_target_view after insert or update or delete on task_quant_target for each row
    execute function task_view_forget_parent();

create function task_view_touch_named() returns trigger language plpgsql as $$
begin
    perform task_view_touch_region(old.region_code);
    if tg_op = 'UPDATE' and new.region_code is distinct from old.region_code then
        perform task_view_touch_region(new.region_code);
    end if;
    return null;
end $$;

create trigger unit_view_name after update on unit for each row
    when (new.name is distinct from old.name or new.region_code is distinct from old.region_code)
    execute function task_view_touch_named();
create trigger unit_view_delete after delete on unit for each row execute function task_view_touch_named();
create trigger unit_group_view_name after update on unit_group for each row
    when (new.name is distinct from old.name or new.region_code is distinct from old.region_code)
    execute function task_view_touch_named();
create trigger unit_group_view_delete after delete on unit_group for each row execute function task_view_touch_named();

create function task_view_touch_section() returns trigger language plpgsql as $$
begin
    perform task_view_touch_region((select region_code from plan where id = old.plan_id));
    return null;
end $$;

create trigger section_view_path after update on section for each row
    when (new.title is distinct from old.title or new.parent_id is distinct from old.parent_id
          or new.kind is distinct from old.kind or new.plan_id is distinct from old.plan_id)
    execute function task_view_touch_section();
create trigger section_view_delete after delete on section for each row execute function task_view_touch_section();

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
-- Forgetting a task's view also moves its view_gen on. A read that builds a view keeps it only if view_gen is still
-- the one it read first: a write that changed the task without its version (a unit merge's native SQL) while the
-- view was being built makes the store miss, instead of keeping a view of the task before the write.
alter table task add column view_json text;
alter table task add column view_version integer;
alter table task add column view_stamp bigint;
alter table task add column view_gen bigint not null default 0;

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
    new.view_gen := old.view_gen + 1;
    return new;
end $$;

-- an update that leaves all the view columns as they were is a change of the task, not a store of its view
create trigger task_view_forget before update on task for each row
    when (new.view_json is not distinct from old.view_json and new.view_version is not distinct from old.view_version
          and new.view_stamp is not distinct from old.view_stamp and new.view_gen is not distinct from old.view_gen)
    execute function task_view_forget_row();

-- a task row this transaction wrote already (inserted by an import, or updated: the version's bump moved view_gen on)
-- needs no second write; xmin is the writing transaction's id, txid_current() that id with its epoch above 32 bits
create function task_view_forget_task(forgotten bigint) returns void language plpgsql as $$
begin
    update task set view_version = null, view_gen = view_gen + 1
     where id = forgotten and xmin::text::bigint <> (txid_current() % 4294967296);
end $$;

create function task_view_forget_parent() returns trigger language plpgsql as $$
begin
    perform task_view_forget_task(case when tg_op = 'DELETE' then old.task_id else new.task_id end);
    if tg_op = 'UPDATE' and old.task_id <> new.task_id then
        perform task_view_forget_task(old.task_id);
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

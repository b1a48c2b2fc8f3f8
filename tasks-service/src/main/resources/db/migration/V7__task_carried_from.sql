-- A task carried over from last year's plan (结转任务) names the task it continues; null for every other task.
alter table task add column carried_from_task_id bigint references task(id) on delete set null;
-- a task is carried into a plan once: two offices or a double click cannot duplicate it
create unique index task_carried_from_idx on task (plan_id, carried_from_task_id) where carried_from_task_id is not null;

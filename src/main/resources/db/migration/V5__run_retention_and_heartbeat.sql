-- What a run's stored events weigh (the length of the events column), so that retention can keep the
-- total under its bound without reading every row; and when retention removed them.
alter table runs add column events_bytes bigint;
alter table runs add column events_pruned_at timestamp with time zone;
update runs set events_bytes = octet_length(events) where events is not null;
create index runs_finished on runs (finished_at);

-- One row, rewritten by the health check to prove the database still takes writes.
create table heartbeat (
    id      int primary key,
    beat_at timestamp with time zone not null
);

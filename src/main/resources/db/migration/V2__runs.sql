-- Every run is recorded: who started it, when, what (a hash of the source, not the source), how it ended.
create table runs (
    id            varchar(36)  primary key,
    owner         varchar(64),
    client        varchar(80)  not null,
    clock         varchar(8)   not null,
    source_sha256 char(64)     not null,
    source_bytes  int          not null,
    status        varchar(16)  not null,
    verdict       varchar(16),
    exit_code     int,
    wall_millis   bigint,
    events        clob,
    created_at    timestamp with time zone not null,
    finished_at   timestamp with time zone
);

create index runs_owner_created on runs (owner, created_at);
create index runs_status on runs (status);

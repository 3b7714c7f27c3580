-- A learner's submission to an exercise. It is written (QUEUED) before the learner is answered, so an
-- accepted submission is never lost: whatever is QUEUED or RUNNING when the server starts is graded again.
create table submissions (
    id            uuid         primary key,
    exercise_id   varchar(64)  not null,
    owner         varchar(32)  not null,
    source        clob         not null,
    status        varchar(16)  not null,
    score         int,
    -- The exercise's maximum when the submission was graded (an exercise may change later).
    max_score     int          not null,
    message       clob,
    -- Compiler messages when the code did not compile, in the run module's event format.
    diagnostics   clob,
    -- How often grading started; more than one means a restart, a retry or a regrade.
    grading_count int          default 0 not null,
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    graded_at     timestamp with time zone,
    -- A pattern rather than IN (...): see V1 (H2 ties a constant IN list to one connection).
    constraint submissions_status_known check (regexp_like(status, '^(QUEUED|RUNNING|GRADED|FAILED)$'))
);

create index submissions_owner_exercise on submissions (owner, exercise_id, created_at);
create index submissions_exercise on submissions (exercise_id, created_at);
create index submissions_status on submissions (status, created_at);

-- One row per test of a graded submission, in the order the tests reported.
create table submission_tests (
    submission_id uuid         not null,
    position      int          not null,
    name          varchar(500) not null,
    passed        boolean      not null,
    points        int          not null,
    max_points    int          not null,
    message       clob         not null,
    -- The program run (1, 2, ...) whose timeline explains the result; 0 when the test ran none.
    program_run   int          not null,
    primary key (submission_id, position),
    constraint submission_tests_submission foreign key (submission_id) references submissions (id) on delete cascade
);

-- The programs the tests ran, with their output and trace in the run module's event format, so that
-- the submission's page can show a timeline per program run.
create table submission_program_runs (
    submission_id uuid         not null,
    number        int          not null,
    title         varchar(500) not null,
    events        clob         not null,
    primary key (submission_id, number),
    constraint submission_program_runs_submission foreign key (submission_id) references submissions (id)
        on delete cascade
);

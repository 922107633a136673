-- Case files to deliver to the case system (issue 28, item 3): one row per hearing submitted or dialogue meeting
-- closed, written in that step's engine transaction; a poller builds the case file at the first attempt (kept in
-- content, so every later attempt delivers the same bytes) and delivers it outside any transaction.
create table casefile_delivery (
    id                   varchar(36)  not null primary key,
    kind                 varchar(16)  not null,
    business_key         varchar(128) not null,
    step                 varchar(64)  not null,
    -- the process instance that wrote the row: its history's removal time is set after delivery
    process_instance_id  varchar(64),
    state                varchar(16)  not null,
    attempts             integer      not null,
    next_attempt_at      timestamp with time zone not null,
    claimed_by           varchar(128),
    claimed_until        timestamp with time zone,
    created_at           timestamp with time zone not null,
    delivered_at         timestamp with time zone,
    destination          varchar(1000),
    file_name            varchar(255),
    sha256               varchar(64),
    -- the zip as built at the first attempt; emptied once delivered
    content              bytea,
    last_error           varchar(2000),
    constraint casefile_delivery_state check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    constraint casefile_delivery_kind check (kind in ('HEARING', 'DIALOGUE'))
);

-- one delivery per case and step: writing it again (a retried job) is a no-op
create unique index casefile_delivery_key on casefile_delivery (kind, business_key, step);
create index casefile_delivery_due on casefile_delivery (state, next_attempt_at);

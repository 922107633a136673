-- The mail outbox: every mail to send is a row, written in the engine's transaction by the task that decides to
-- send it; a poller delivers the rows outside any transaction, one mail per unit of retry. Replaces mail_log.
create table mail_outbox (
    id                   varchar(36)  not null primary key,
    business_key         varchar(128) not null,
    kind                 varchar(128) not null,
    -- committee, follow-up number or other step of the business key; '' when the kind has none
    step                 varchar(128) not null,
    recipient            varchar(320) not null,
    recipient_name       varchar(500),
    subject              varchar(500) not null,
    body                 text         not null,
    -- the process instance that wrote the row: a failed mail becomes an incident on it
    process_instance_id  varchar(64),
    state                varchar(16)  not null,
    attempts             integer      not null,
    next_attempt_at      timestamp with time zone not null,
    claimed_by           varchar(128),
    claimed_until        timestamp with time zone,
    created_at           timestamp with time zone not null,
    sent_at              timestamp with time zone,
    last_error           varchar(2000),
    constraint mail_outbox_state check (state in ('PENDING', 'SENT', 'FAILED'))
);

-- one mail per business key + kind + step + recipient: writing it again is a no-op
create unique index mail_outbox_key on mail_outbox (business_key, kind, step, recipient);
create index mail_outbox_due on mail_outbox (state, next_attempt_at);

-- bytea is PostgreSQL's binary type; H2 2.x reads it as BINARY VARYING
create table mail_outbox_attachment (
    outbox_id     varchar(36)  not null references mail_outbox (id) on delete cascade,
    ordinal       integer      not null,
    filename      varchar(255) not null,
    content_type  varchar(255) not null,
    content       bytea        not null,
    primary key (outbox_id, ordinal)
);

-- mails sent before the outbox existed stay sent: their keys keep a retried job from sending them again
insert into mail_outbox (id, business_key, kind, step, recipient, subject, body, state, attempts, next_attempt_at,
                         created_at, sent_at)
select concat('mail-log-', cast(row_number() over (order by business_key, kind, recipient) as varchar(20))),
       business_key,
       case when position('/' in kind) > 0 then substring(kind from 1 for position('/' in kind) - 1) else kind end,
       case when position('/' in kind) > 0 then substring(kind from position('/' in kind) + 1) else '' end,
       recipient, coalesce(subject, ''), '', 'SENT', 1, sent_at, sent_at, sent_at
from mail_log;

drop table mail_log;

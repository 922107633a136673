-- Dialogue meetings between two authorities (dialogmøder). The process engine holds only the reference.

create table dialogue_meeting (
    reference        varchar(64)  not null primary key,
    title            varchar(500) not null,
    meeting_at       timestamp with time zone not null,
    place            varchar(500) not null,
    state            varchar(32)  not null,
    minutes_round    int          not null,
    minutes_approved_at timestamp with time zone,
    created_by       varchar(128),
    created_at       timestamp with time zone not null,
    closed_at        timestamp with time zone
);

-- Who takes part, per party, in the order of the configuration.
create table dialogue_participant (
    reference   varchar(64)  not null references dialogue_meeting (reference),
    party       varchar(64)  not null,
    position    int          not null,
    person_id   varchar(128) not null,
    name        varchar(200) not null,
    title       varchar(200),
    email       varchar(320) not null,
    primary key (reference, person_id)
);

-- The numbered agenda; item 1 is always the welcome, the last always "Eventuelt".
create table dialogue_agenda_item (
    reference   varchar(64)  not null references dialogue_meeting (reference),
    number      int          not null,
    title       varchar(500) not null,
    primary key (reference, number)
);

-- Every version of the status note; a revision names the follow-up action that asked for it.
create table dialogue_status_note (
    reference     varchar(64) not null references dialogue_meeting (reference),
    version       int         not null,
    note_text     text,
    link          varchar(1000),
    follow_up     int,
    written_by    varchar(128),
    written_at    timestamp with time zone not null,
    primary key (reference, version)
);

-- The minutes: discussion and decisions per agenda item.
create table dialogue_minutes_item (
    reference     varchar(64) not null references dialogue_meeting (reference),
    number        int         not null,
    discussion    text,
    decisions     text,
    recorded_by   varchar(128),
    recorded_at   timestamp with time zone not null,
    primary key (reference, number)
);

-- Follow-up actions agreed in the minutes, with where each stands: OPEN, OVERDUE, CLOSED_ON_TIME, CLOSED_LATE.
create table dialogue_follow_up (
    reference           varchar(64)  not null references dialogue_meeting (reference),
    number              int          not null,
    agenda_number       int,
    description         text         not null,
    responsible_party   varchar(64)  not null,
    responsible_person  varchar(200),
    due_date            date         not null,
    revise_status_note  boolean      not null,
    state               varchar(32)  not null,
    outcome             text,
    closed_by           varchar(128),
    closed_at           timestamp with time zone,
    primary key (reference, number)
);

-- Each party's decision on each round of the minutes.
create table dialogue_minutes_approval (
    reference   varchar(64)  not null references dialogue_meeting (reference),
    round       int          not null,
    party       varchar(64)  not null,
    approved    boolean      not null,
    comment     text,
    decided_by  varchar(128),
    decided_at  timestamp with time zone not null,
    primary key (reference, round, party)
);

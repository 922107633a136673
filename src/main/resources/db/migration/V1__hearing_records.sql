-- Business records of a hearing. The process engine holds only keys (the reference and committee ids).

create table hearing (
    reference               varchar(64)  not null primary key,
    title                   varchar(500) not null,
    summary                 text,
    document_links          text,
    committees              varchar(1000) not null,
    published_at            timestamp with time zone not null,
    response_deadline       timestamp with time zone not null,
    orientation_at          timestamp with time zone,
    orientation_place       varchar(500),
    main_meeting_at         timestamp with time zone not null,
    political_meeting_at    timestamp with time zone not null,
    created_by              varchar(128),
    main_state              varchar(32)  not null,
    submitted_at            timestamp with time zone,
    submitted_by            varchar(128),
    journal_reference       varchar(128)
);

-- One row per consulted committee (CenterMEDs and HovedMED), with where it stands.
create table committee_participation (
    reference   varchar(64) not null references hearing (reference),
    committee   varchar(64) not null,
    position    int         not null,
    state       varchar(32) not null,
    updated_at  timestamp with time zone not null,
    primary key (reference, committee)
);

create table committee_meeting (
    reference     varchar(64)  not null references hearing (reference),
    committee     varchar(64)  not null,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone,
    place         varchar(500) not null,
    scheduled_by  varchar(128),
    scheduled_at  timestamp with time zone not null,
    primary key (reference, committee)
);

create table committee_minutes (
    reference             varchar(64) not null references hearing (reference),
    committee             varchar(64) not null,
    meeting_starts_at     timestamp with time zone,
    meeting_ends_at       timestamp with time zone,
    place                 varchar(500),
    management_attendees  text,
    employee_attendees    text,
    absentees             text,
    meeting_chair         varchar(200),
    minute_taker          varchar(200),
    discussion            text,
    recorded_by           varchar(128),
    recorded_at           timestamp with time zone not null,
    primary key (reference, committee)
);

-- Every draft is kept as a version; the submitted version is the committee's response.
create table committee_response (
    reference         varchar(64) not null references hearing (reference),
    committee         varchar(64) not null,
    version           int         not null,
    no_remarks        boolean     not null,
    response_text     text,
    employee_remarks  text,
    drafted_by        varchar(128),
    drafted_at        timestamp with time zone not null,
    submitted_by      varchar(128),
    submitted_at      timestamp with time zone,
    primary key (reference, committee, version)
);

create table response_approval (
    reference         varchar(64) not null references hearing (reference),
    committee         varchar(64) not null,
    version           int         not null,
    approver_role     varchar(32) not null,
    approved          boolean     not null,
    approval_comment  text,
    decided_by        varchar(128),
    decided_at        timestamp with time zone not null,
    primary key (reference, committee, version, approver_role)
);

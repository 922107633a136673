-- An embargoed hearing goes first to the consulted CenterMEDs' centre managers; it is published to all members when
-- every centre manager has confirmed that staff are briefed, or when the embargo ends, whichever comes first.
alter table hearing add column embargo_until timestamp with time zone;
-- When the embargoed hearing was published to all members, and why: CONFIRMED (all confirmed) or EXPIRED.
alter table hearing add column embargo_released_at timestamp with time zone;
alter table hearing add column embargo_release_reason varchar(16);

create table embargo_confirmation (
    reference     varchar(64)  not null references hearing (reference),
    committee     varchar(64)  not null,
    confirmed_by  varchar(128) not null,
    confirmed_at  timestamp with time zone not null,
    briefing_note varchar(1000),
    primary key (reference, committee)
);

-- Every mail sent, so that a retried job never sends the same mail twice.
create table mail_log (
    business_key  varchar(128) not null,
    kind          varchar(128) not null,
    recipient     varchar(320) not null,
    subject       varchar(500),
    sent_at       timestamp with time zone not null,
    primary key (business_key, kind, recipient)
);

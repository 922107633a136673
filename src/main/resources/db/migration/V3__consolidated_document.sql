-- The consolidated hearing response as approved by HovedMED, frozen: stored once, never updated.
-- bytea is PostgreSQL's binary type; H2 2.x reads it as BINARY VARYING (up to 1 GB).
create table consolidated_document (
    reference  varchar(64)  not null primary key references hearing (reference),
    html       text         not null,
    pdf        bytea        not null,
    sha256     varchar(64)  not null,
    stored_at  timestamp with time zone not null,
    stored_by  varchar(128) not null
);

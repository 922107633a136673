-- A hearing's consulted committees are one comma-separated column: 1,000 characters held about 80 ids, a large
-- municipality consults 200 LokalMEDs (issue 29, item 6). SET DATA TYPE keeps NOT NULL on H2 and PostgreSQL.
alter table hearing alter column committees set data type varchar(100000);

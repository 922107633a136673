-- The hearing window: working days from publication to the deadline, the justification a short window needs,
-- and the holiday periods it covers (a warning).
alter table hearing add column window_working_days int;
alter table hearing add column short_window_justification text;
alter table hearing add column holiday_warning varchar(1000);

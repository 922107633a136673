-- The publication of an embargoed hearing is its published_at once embargo_release_reason is set: the separate
-- release time held the same value twice.
alter table hearing drop column embargo_released_at;

-- Memory values are now sealed with their citizen's key (ADR 38): the stored text is longer than the value.
alter table memory_item alter column item_value set data type varchar(2000);

-- Undo 0001: drop the warehouse's schemas and everything in them.
drop schema if exists mart cascade;
drop schema if exists warehouse cascade;
drop schema if exists staging cascade;
drop schema if exists etl cascade;

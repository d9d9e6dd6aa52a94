-- PostgreSQL twin of sqlite/V14_2__vem_med_inloggning.sql (the same statements).
-- Issue 14. Who made a change, unambiguously: the name shown, how the caller logged in (JWT, API_NYCKEL, SYSTEM)
-- and the identity the login vouches for (a JWT's subject and issuer, an API key's name). Entries recorded before
-- this are of kind OKAND (docs/adr/0146).
alter table granskning add column anvandartyp varchar(20) not null default 'OKAND';
alter table granskning add column identitet varchar(300);
alter table handelse add column anvandartyp varchar(20) not null default 'OKAND';
alter table handelse add column identitet varchar(300);

-- Every kommun in one service (issue 10): SCB's 290 kommuner with their län (norms/kommuner.yaml), each kommun's
-- choices set through the API, and where each version of a kommun's table came from (docs/adr/0051).

-- 1. The kommun's län, and its choices: where they come from (STANDARD: the service's defaults; FIL: its
--    kommun.yaml; API: set through PUT /kommuner/{kommun}/val, which a file never overrides), the
--    hemmavarande-ungdom rounding it chose (null: none), and a version every change raises, checked in the UPDATE.
alter table kommun add column lan varchar(60);
alter table kommun add column hemmavarande_avrundning varchar(30);
alter table kommun add column val_ursprung varchar(20) not null default 'STANDARD'
    check (val_ursprung in ('STANDARD', 'FIL', 'API'));
alter table kommun add column version integer not null default 1 check (version >= 1);
-- every kommun stored so far came from its kommun.yaml
update kommun set val_ursprung = 'FIL';

-- 2. Where a version of a kommun's table came from: a file in norms/ (FIL), a decided proposal (FORSLAG), or a
--    table entered through the API (INMATNING). A file replaces only a draft that came from a file.
alter table fordelning add column ursprung varchar(20) not null default 'FIL'
    check (ursprung in ('FIL', 'FORSLAG', 'INMATNING'));
update fordelning set ursprung = 'FORSLAG' where forslag_id is not null;

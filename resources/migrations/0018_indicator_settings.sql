-- 0019: the clinic's own values for the indicators of resources/rules/indicators.json. The file
-- carries the national defaults; a row here replaces one (a province's target imported with
-- `jiayi-cli report targets --from FILE`, a region's prevalence rate). Local settings: not synced;
-- every change is audited (entity report_setting / area_population).

-- key: 'target:<indicator id>' (value in percent, NULL = no target) or 'setting:<setting key>'.
CREATE TABLE report_setting (
    key        TEXT PRIMARY KEY,
    value      REAL,
    source     TEXT NOT NULL DEFAULT '',           -- the document the value comes from
    updated_at TEXT NOT NULL,                      -- UTC
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- The resident population (常住人口) of a village or township, the denominator of 建档率; an area
-- without a row counts its living residents registered here.
CREATE TABLE area_population (
    area_code  TEXT PRIMARY KEY REFERENCES area(code),
    population INTEGER NOT NULL CHECK (population >= 0),
    source     TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) WITHOUT ROWID;

-- The population a denominator counts (living residents of some villages, perhaps an age band)
-- read from an index alone: every indicator starts from it, and the resident rows are wide.
CREATE INDEX resident_population ON resident(deleted, birth_date, village_code, life_date, id);
-- Who was vaccinated in a window (健康档案使用率), from the index alone.
CREATE INDEX immunization_dose_day ON immunization_dose(given_on, deleted, resident_id);

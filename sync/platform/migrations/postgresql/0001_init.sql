-- 0001: the platform's first PostgreSQL schema: the rows of the SQLite store's schema 2.
-- A released migration is never edited; a change is a new numbered file.

CREATE TABLE token (
    hash text PRIMARY KEY, -- SHA-256 of the secret, never the secret
    clinic text NOT NULL,
    areas text NOT NULL, -- area-code prefixes, comma separated
    created_at text NOT NULL
);

-- The change feed's cursor. Numbers are drawn only while the feed lock is held (an advisory
-- transaction lock, docs/decisions.md "PostgreSQL store"), so their order is the order of commits
-- and a reader never skips a change that commits later with a smaller number.
CREATE SEQUENCE resource_feed_seq AS bigint;

-- One row per resource: its current version (tombstones stay, deleted = true). (type, id) is the
-- primary key, so two workstations creating the same resource at once cannot make two rows.
CREATE TABLE resource (
    type text NOT NULL,
    id text NOT NULL,
    version bigint NOT NULL CHECK (version > 0),
    seq bigint NOT NULL,
    area text NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    last_modified text NOT NULL,
    writer text, -- X-Jiayi-Client of the workstation that wrote the current version
    json text NOT NULL, -- the resource as sent, with meta.versionId and meta.lastUpdated
    PRIMARY KEY (type, id)
);
CREATE UNIQUE INDEX resource_seq_idx ON resource (seq);

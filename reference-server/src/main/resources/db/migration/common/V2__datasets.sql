-- Datasets (A.26): the public ones of the configuration (owner_id NULL) and those users uploaded (owner_id = the
-- uploader's user id, owner = the uploader's name). Listing, search, sorting and paging run here.
CREATE TABLE IF NOT EXISTS datasets (
    id          VARCHAR(64)   PRIMARY KEY,
    title       VARCHAR(256)  NOT NULL,
    owner       VARCHAR(128)  NOT NULL,
    owner_id    VARCHAR(128),
    size_bytes  BIGINT        NOT NULL,
    description VARCHAR(4096) NOT NULL,
    labels      VARCHAR(1024) NOT NULL,
    file_name   VARCHAR(1024),
    created_at  BIGINT        NOT NULL
);
CREATE INDEX IF NOT EXISTS datasets_title ON datasets (title, id);
CREATE INDEX IF NOT EXISTS datasets_owner ON datasets (owner, id);
CREATE INDEX IF NOT EXISTS datasets_size ON datasets (size_bytes, id);
CREATE INDEX IF NOT EXISTS datasets_owner_id ON datasets (owner_id);

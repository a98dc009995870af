-- The rights of the seats' role on a centre's PostgreSQL database (README, docs/centre.md).
-- Run once as a superuser on the `hotline` database, before the owner's first start creates the schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO hotline_owner;
GRANT USAGE ON SCHEMA public TO hotline;
ALTER DEFAULT PRIVILEGES FOR ROLE hotline_owner GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hotline;
ALTER DEFAULT PRIVILEGES FOR ROLE hotline_owner GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO hotline;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

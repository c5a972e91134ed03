-- Hibernate Search's outbox-polling coordination (several nodes, see README "Running several nodes"):
-- every change to an indexed entity writes an event here in the same transaction; one node's
-- background processor turns the events into index writes. The agent table is how the nodes
-- share that work out. Shapes as Hibernate Search 7.2 maps them for PostgreSQL.
create table hsearch_agent (
    id uuid not null primary key,
    name varchar(255) not null,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    expiration timestamp(6) with time zone not null,
    assignedShardIndex integer,
    totalShardCount integer,
    tenantId varchar(255),
    payload bytea
);

create table hsearch_outbox_event (
    id uuid not null primary key,
    entityName varchar(256) not null,
    entityId varchar(256) not null,
    entityIdHash integer not null,
    payload bytea not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantId varchar(255)
);
create index ix_hsearch_outbox_event_hash on hsearch_outbox_event (entityIdHash);
create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status);
create index ix_hsearch_outbox_event_after on hsearch_outbox_event (processAfter);

import Testing

/// The one database suite, run on every enabled engine (SQLite always; PostgreSQL when
/// TEST_DATABASE_URL is set). Serialized: PostgreSQL runs share one database.
@Suite(.serialized) struct DatabaseTests {}

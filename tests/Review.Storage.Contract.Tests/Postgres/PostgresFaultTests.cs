using System.Net;
using System.Net.Sockets;
using Review.Core.Ports;
using Review.Storage.Postgres;

namespace Review.Storage.Contract.Tests.Postgres;

/// <summary>What only a server can do wrong: each failure is a one-line StoreException with the right fault, and never shows the password.</summary>
public sealed class PostgresFaultTests(PostgresServer server)
{
    [Fact]
    public void A_wrong_password_is_an_authentication_failure_that_hides_the_password()
    {
        var url = $"postgresql://postgres:not-the-password@127.0.0.1:{server.Port}/{server.SharedDatabase}";

        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(url));

        Assert.Equal(StoreFault.NoPermission, error.Fault);
        Assert.Contains("authentication failed", error.Message);
        Assert.DoesNotContain("not-the-password", error.Message);
        Assert.Contains("postgres:***@", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_database_says_so_and_is_not_retried()
    {
        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(server.Url("no_such_db")));

        Assert.Equal(StoreFault.Other, error.Fault);
        Assert.Contains("no such database", error.Message);
        Assert.False(error.Transient);
    }

    [Fact]
    public void A_server_that_is_not_there_is_unreachable_and_worth_retrying()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = Assert.Throws<StoreException>(() => PostgresStore.Open($"postgresql://postgres:{PostgresServer.Password}@127.0.0.1:{port}/x"));

        Assert.Equal(StoreFault.Unreachable, error.Fault);
        Assert.True(error.Transient);
        Assert.DoesNotContain(PostgresServer.Password, error.Message);
    }

    [Fact]
    public void Two_schemas_in_one_database_are_two_corpora()
    {
        using var first = PostgresStore.Open(server.NewCorpusUrl());
        using var second = PostgresStore.Open(server.NewCorpusUrl());

        SampleCorpus.Import(first, 3);
        SampleCorpus.Import(second, 2);

        Assert.Equal((3L, 2L), (first.PairCount(), second.PairCount()));
    }

    [Fact]
    public void A_schema_holding_other_tables_is_refused_instead_of_written_to()
    {
        var schema = "foreign" + Guid.NewGuid().ToString("N")[..8];
        server.Psql(server.SharedDatabase, $"CREATE SCHEMA {schema}; CREATE TABLE {schema}.customers (id int)");

        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(server.Url(server.SharedDatabase, schema)));

        Assert.Contains("not a review corpus", error.Message);
    }

    [Fact]
    public void Opening_without_creating_refuses_an_empty_schema()
    {
        var url = PgUrl.Parse(server.NewCorpusUrl());

        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(url, create: false));

        Assert.Contains("no such corpus", error.Message);
    }

    [Theory]
    [InlineData("postgresql://ana:s3cret@db.example:5432/review", "postgresql://ana:***@db.example:5432/review")]
    [InlineData("see postgres://x:p@h/d and more", "see postgres://x:***@h/d and more")]
    [InlineData("postgresql://ana@db/review", "postgresql://ana@db/review")]
    public void Passwords_in_urls_are_redacted(string text, string redacted) => Assert.Equal(redacted, PgUrl.Redact(text));

    [Fact]
    public void Unknown_url_parameters_and_bad_schema_names_are_refused()
    {
        Assert.Contains("unknown URL parameter 'sslmod'", Assert.Throws<StoreException>(() => PgUrl.Parse("postgresql://a@h/d?sslmod=require")).Message);
        Assert.Contains("plain lower-case name", Assert.Throws<StoreException>(() => PgUrl.Parse("postgresql://a@h/d?schema=x;drop")).Message);
    }

    [Fact]
    public void Sslmode_require_is_honoured_and_refuses_a_server_without_tls()
    {
        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(server.Url(server.SharedDatabase) + "?sslmode=require"));

        Assert.Contains("SSL", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(PostgresServer.Password, error.Message);
        using var plain = PostgresStore.Open(server.Url(server.SharedDatabase, "c" + Guid.NewGuid().ToString("N")[..8]) + "&sslmode=disable");
        Assert.Equal(0, plain.PairCount());
    }

    [Fact]
    public void A_decision_after_the_server_restarted_is_saved_on_a_new_connection()
    {
        // Restarting the shared server would disturb other tests: a second, private server.
        using var own = new PostgresServer();
        using var store = PostgresStore.Open(own.Url(own.CreateDatabase()));
        SampleCorpus.Import(store, 2);
        var pair = store.FindByOrd(1)!.Id;

        own.Stop();
        var down = Assert.Throws<StoreException>(() => store.Decide(pair, Review.Core.Pairs.DecisionKind.Accept, null, "ana"));
        own.Start();
        store.Decide(pair, Review.Core.Pairs.DecisionKind.Accept, null, "ana");

        Assert.Equal(StoreFault.Unreachable, down.Fault);
        Assert.Single(store.History(pair));
    }
}

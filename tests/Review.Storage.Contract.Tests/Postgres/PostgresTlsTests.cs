using Review.Core.Ports;
using Review.Storage.Postgres;

namespace Review.Storage.Contract.Tests.Postgres;

/// <summary>
/// TLS against real servers: one with ssl=on and a certificate made for the test, and the assembly's
/// plain one. What is checked is what the server saw (pg_stat_ssl for review's own connection), not
/// what the client was asked to do.
/// </summary>
public sealed class PostgresTlsTests(PostgresTlsServer tls, PostgresServer plain) : IClassFixture<PostgresTlsServer>
{
    private readonly PostgresServer _server = tls.Server;

    [Fact]
    public void Sslmode_require_encrypts_the_connection()
    {
        using var store = PostgresStore.Open(CorpusUrl("sslmode=require"));
        SampleCorpus.Import(store, 3);

        Assert.Equal(3, store.PairCount());
        Assert.Equal("t|t", ReviewConnections());
    }

    [Fact]
    public void Verify_full_accepts_the_server_whose_certificate_sslrootcert_names()
    {
        using var store = PostgresStore.Open(CorpusUrl($"sslmode=verify-full&sslrootcert={Uri.EscapeDataString(_server.CertificateFile)}"));
        SampleCorpus.Import(store, 2);

        Assert.Equal(2, store.PairCount());
        Assert.Equal("t|t", ReviewConnections());
    }

    [Fact]
    public void Verify_full_without_the_certificate_refuses_the_server_in_one_line()
    {
        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(CorpusUrl("sslmode=verify-full")));

        Assert.Contains("TLS certificate was not accepted", error.Message);
        Assert.Contains("sslrootcert=", error.Message);
        Assert.False(error.Transient);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain(PostgresServer.Password, error.Message);
    }

    [Fact]
    public void Sslmode_require_against_a_server_without_tls_says_so_in_one_line()
    {
        var url = plain.Url(plain.SharedDatabase, "c" + Guid.NewGuid().ToString("N")[..16]) + "&sslmode=require";

        var error = Assert.Throws<StoreException>(() => PostgresStore.Open(url));

        Assert.Equal(
            $"postgresql://postgres:***@127.0.0.1:{plain.Port}/{plain.SharedDatabase}?schema={PgUrl.Parse(url).Schema}&sslmode=require: "
            + "the server does not offer TLS, which the URL's sslmode asks for; turn ssl on in the server, or use sslmode=prefer",
            error.Message);
        Assert.False(error.Transient);
    }

    private string CorpusUrl(string tlsParameters) =>
        _server.Url(_server.SharedDatabase, "c" + Guid.NewGuid().ToString("N")[..16]) + "&" + tlsParameters;

    // "t|t": every connection review has open to this server is encrypted, and there is at least one.
    private string ReviewConnections() => _server.Psql("postgres", """
        SELECT bool_and(s.ssl), count(*) > 0 FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'review'
        """).Trim();
}

namespace Review.Storage.Contract.Tests.Postgres;

/// <summary>A second throwaway server, with ssl=on and a self-signed certificate, for the TLS tests only (the assembly's server speaks plain TCP).</summary>
public sealed class PostgresTlsServer : IDisposable
{
    public PostgresServer Server { get; } = PostgresServer.WithTls();

    public void Dispose() => Server.Dispose();
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Review.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL server for one test assembly: <c>initdb</c> into a temporary folder owned
/// by the <c>postgres</c> user (the server refuses to run as root, and the tests run as root), then
/// <c>pg_ctl</c> on a free port, listening on 127.0.0.1 only, with its own socket folder. Each test
/// (or class) asks for a database of its own with <see cref="CreateDatabase"/>, which is cheap, so
/// one server start serves the whole assembly. Everything is stopped and deleted at the end.
/// A missing PostgreSQL is a failure with a clear message, never a skipped test: CI installs it.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>The superuser's password: host connections use scram-sha-256, so a wrong one really fails.</summary>
    public const string Password = "review-test-secret";

    private const string User = "postgres";
    private static readonly string BinFolder = Environment.GetEnvironmentVariable("REVIEW_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private readonly Lazy<string> _shared;
    private readonly bool _tls;
    private int _databases;

    public PostgresServer()
        : this(tls: false)
    {
    }

    private PostgresServer(bool tls)
    {
        _tls = tls;
        if (!File.Exists(System.IO.Path.Combine(BinFolder, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not installed: {BinFolder}/initdb is missing; install the Debian package 'postgresql' (.ci/run does) or set REVIEW_PG_BIN");
        }
        _shared = new Lazy<string>(CreateDatabase);
        Folder = Directory.CreateTempSubdirectory("review-pg-").FullName;
        Port = FreePort();
        try
        {
            Run("chown", "-R", "postgres:postgres", Folder);
            File.WriteAllText(System.IO.Path.Combine(Folder, "pwfile"), Password + "\n");
            Run("chown", "postgres:postgres", System.IO.Path.Combine(Folder, "pwfile"));
            Directory.CreateDirectory(SocketFolder);
            Run("chown", "postgres:postgres", SocketFolder);
            AsPostgres("initdb", "-D", DataFolder, "-U", User, "--pwfile", System.IO.Path.Combine(Folder, "pwfile"),
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
            if (tls)
            {
                MakeCertificate();
            }
            Start();
        }
        catch
        {
            Delete();
            throw;
        }
    }

    /// <summary>
    /// A server that also speaks TLS (<c>ssl=on</c>), with a self-signed certificate for 127.0.0.1
    /// made for it (<see cref="CertificateFile"/>), so that clients can verify it with <c>sslrootcert</c>.
    /// </summary>
    public static PostgresServer WithTls() => new(tls: true);

    public string Folder { get; }

    /// <summary>The server's self-signed certificate (PEM), when it speaks TLS: the root a verifying client trusts.</summary>
    public string CertificateFile => System.IO.Path.Combine(Folder, "server.crt");

    public int Port { get; }

    public string DataFolder => System.IO.Path.Combine(Folder, "data");

    public string SocketFolder => System.IO.Path.Combine(Folder, "sock");

    /// <summary>A URL for a database on this server, password included (tests only; review itself never prints one).</summary>
    public string Url(string database, string? schema = null) =>
        $"postgresql://{User}:{Password}@127.0.0.1:{Port}/{database}" + (schema is null ? "" : $"?schema={schema}");

    /// <summary>The same URL without the password, for tests that pass it through PGPASSWORD or ~/.pgpass.</summary>
    public string UrlWithoutPassword(string database) => $"postgresql://{User}@127.0.0.1:{Port}/{database}";

    /// <summary>One database for tests that each take a schema of their own (cheaper than a database each).</summary>
    public string SharedDatabase => _shared.Value;

    /// <summary>A URL for a new, unique schema in <see cref="SharedDatabase"/>: an empty corpus.</summary>
    public string NewCorpusUrl() => Url(SharedDatabase, "c" + Guid.NewGuid().ToString("N")[..16]);

    /// <summary>A new empty database with a unique name.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        Psql("postgres", $"CREATE DATABASE {name}");
        return name;
    }

    public void DropDatabase(string name) => Psql("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>Runs SQL as the superuser over the unix socket; returns what psql printed (unaligned, tuples only).</summary>
    public string Psql(string database, string sql) =>
        AsPostgres("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", SocketFolder, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-U", User, "-d", database, "-c", sql);

    /// <summary>Starts the server (again), waiting until it accepts connections.</summary>
    public void Start() =>
        AsPostgres("pg_ctl", "-D", DataFolder, "-l", System.IO.Path.Combine(Folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={SocketFolder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" + TlsOptions,
            "start");

    /// <summary>Stops the server at once (fast shutdown: open connections are cut), as an outage would.</summary>
    public void Stop() => AsPostgres("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");

    public void Dispose()
    {
        try
        {
            Stop();
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a test stopped it and failed before starting it again).
        }
        Delete();
    }

    private string TlsOptions => _tls
        ? $" -c ssl=on -c ssl_cert_file={CertificateFile} -c ssl_key_file={System.IO.Path.Combine(Folder, "server.key")}"
        : "";

    private void MakeCertificate()
    {
        var key = System.IO.Path.Combine(Folder, "server.key");
        Run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", CertificateFile);
        // The server refuses a key that others can read.
        Run("chown", "postgres:postgres", key, CertificateFile);
        Run("chmod", "600", key);
    }

    private void Delete()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a leftover must not fail the run.
        }
    }

    private static string AsPostgres(string tool, params string[] arguments) =>
        Run("runuser", ["-u", "postgres", "--", System.IO.Path.Combine(BinFolder, tool), .. arguments]);

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}");
        }
        return output.GetAwaiter().GetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

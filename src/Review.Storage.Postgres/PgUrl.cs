using System.Text.RegularExpressions;
using Npgsql;
using Review.Core.Ports;

namespace Review.Storage.Postgres;

/// <summary>
/// A <c>postgresql://user[:password]@host[:port]/database?schema=corpus&amp;sslmode=require</c> URL.
/// The password may be in the URL; otherwise Npgsql takes it from <c>PGPASSWORD</c> or
/// <c>~/.pgpass</c>, as psql does. <see cref="Redacted"/> is the form every message shows: the
/// password never leaves this type.
/// </summary>
public sealed partial class PgUrl
{
    private const string DefaultSchema = "public";

    private PgUrl(NpgsqlConnectionStringBuilder connection, string schema, string redacted)
    {
        Connection = connection;
        Schema = schema;
        Redacted = redacted;
    }

    /// <summary>The schema that holds this corpus; one database holds several corpora, one schema each.</summary>
    public string Schema { get; }

    /// <summary>The URL with the password replaced by <c>***</c>, for messages.</summary>
    public string Redacted { get; }

    internal NpgsqlConnectionStringBuilder Connection { get; }

    public static bool IsUrl(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Hides a password in any postgres URL inside <paramref name="text"/> (an error message quoting one, say).</summary>
    public static string Redact(string text) => Password().Replace(text, "$1***@");

    public static PgUrl Parse(string url)
    {
        var redacted = Redact(url);
        if (!IsUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"{redacted}: not a PostgreSQL URL (postgresql://user@host:5432/database?schema=corpus)");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            // The store holds one connection per process, like the SQLite store; a pool would only keep idle ones open.
            Pooling = false,
            ApplicationName = "review",
            Timeout = 10,
            // Each statement is prepared on the server once it has run twice on the connection: the
            // queue's and the screen's few statements then skip parsing and planning on every call.
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
        };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }
        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }
        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new StoreException($"{redacted}: the URL names no database (postgresql://user@host:5432/database)");
        }
        var schema = DefaultSchema;
        foreach (var (key, value) in Query(uri.Query))
        {
            switch (key)
            {
                case "schema":
                    schema = value;
                    break;
                case "sslmode":
                    builder.SslMode = SslModeOf(value, redacted);
                    break;
                case "sslrootcert":
                    // The certificate (or CA) verify-ca and verify-full check the server against, as libpq names it.
                    builder.RootCertificate = value;
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, out var seconds) ? seconds : builder.Timeout;
                    break;
                default:
                    throw new StoreException($"{redacted}: unknown URL parameter '{key}' (known: schema, sslmode, sslrootcert, connect_timeout)");
            }
        }
        if (!Identifier().IsMatch(schema))
        {
            throw new StoreException($"{redacted}: schema '{schema}' must be a plain lower-case name (letters, digits, _)");
        }
        builder.SearchPath = schema;
        return new PgUrl(builder, schema, redacted);
    }

    /// <summary>The database and schema, as a screen's title shows them.</summary>
    public string Label => $"{Connection.Database}/{Schema}";

    public override string ToString() => Redacted;

    private static SslMode SslModeOf(string value, string redacted) => value switch
    {
        "disable" => SslMode.Disable,
        "allow" => SslMode.Allow,
        "prefer" => SslMode.Prefer,
        "require" => SslMode.Require,
        "verify-ca" => SslMode.VerifyCA,
        "verify-full" => SslMode.VerifyFull,
        _ => throw new StoreException($"{redacted}: unknown sslmode '{value}' (disable, allow, prefer, require, verify-ca, verify-full)"),
    };

    private static IEnumerable<(string Key, string Value)> Query(string query)
    {
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            yield return (Uri.UnescapeDataString(pair[0]), pair.Length == 2 ? Uri.UnescapeDataString(pair[1]) : "");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();

    [GeneratedRegex("(postgres(?:ql)?://[^:/@\\s]*:)[^@\\s]*@", RegexOptions.IgnoreCase)]
    private static partial Regex Password();
}

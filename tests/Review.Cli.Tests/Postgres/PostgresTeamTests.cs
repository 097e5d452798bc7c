using Review.Cli.Tests.EndToEnd;

namespace Review.Cli.Tests.Postgres;

/// <summary>
/// The eight-annotator run of <see cref="TeamQueueEndToEndTests"/> against one PostgreSQL server over
/// TCP on loopback, as annotators on several machines would share it: the same results are asked
/// for (no override, at least 140 decisions each, every acknowledged decision stored).
/// </summary>
[Collection(TeamRuns.Name)]
public sealed class PostgresTeamTests(PostgresServer server)
{
    [Fact]
    public void Eight_annotators_on_one_server_each_get_their_own_pairs_and_never_override_a_colleague() =>
        TeamQueueEndToEndTests.Run(server.NewCorpusUrl(), overlap: 1);
}

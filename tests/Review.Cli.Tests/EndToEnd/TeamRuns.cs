namespace Review.Cli.Tests.EndToEnd;

/// <summary>Eight review processes per run are all two cores can take: team runs go one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class TeamRuns
{
    public const string Name = "team runs";
}

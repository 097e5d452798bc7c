[assembly: AssemblyFixture(typeof(Review.Tests.Shared.PostgresServer))]

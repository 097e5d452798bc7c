using BenchmarkDotNet.Running;
using Review.Bench.Corpus;

if (args is ["generate", .. var rest])
{
    return CorpusGenerator.Run(rest);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Running;
using Review.Bench.Checks;
using Review.Bench.Corpus;

if (args is ["generate", .. var rest])
{
    return CorpusGenerator.Run(rest);
}
if (args is ["checkscale", .. var scaleArgs])
{
    return CheckScaling.Run(scaleArgs);
}
if (args is ["bigpair", .. var pairArgs])
{
    return Review.Bench.Screen.BigPairKeys.Run(pairArgs);
}
if (args is ["claimlatency", .. var claimArgs])
{
    return Review.Bench.Storage.ClaimLatency.Run(claimArgs);
}
if (args is ["queue", .. var queueArgs])
{
    return Review.Bench.Queue.QueueLatency.Run(queueArgs);
}
if (args is ["realign", .. var realignArgs])
{
    return Review.Bench.Align.RealignLatency.Run(realignArgs);
}
if (args is ["queue-annotator", .. var annotatorArgs])
{
    return Review.Bench.Queue.QueueProcesses.Child(annotatorArgs);
}
if (args is ["checkcost", .. var costArgs])
{
    return CheckCost.Run(costArgs);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

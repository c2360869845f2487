using NewsroomConsumer;

// newsroom-consumer listen [--queue NAME] | submit --in FILE.jsonl   (broker: --rabbitmq URI or RABBITMQ_URI)
try
{
    var options = Options.Parse(args);
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return options.Command == "listen"
        ? await ScoreListener.RunAsync(options, stop.Token)
        : await ReportSubmitter.RunAsync(options, stop.Token);
}
catch (UsageException usage)
{
    Console.Error.WriteLine($"newsroom-consumer: {usage.Message}");
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

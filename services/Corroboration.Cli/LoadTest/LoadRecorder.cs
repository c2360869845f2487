namespace Corroboration.Cli.LoadTest;

/// <summary>
/// What happened to each report of a run, in milliseconds since the run's start: when it was
/// sent, when Ingest's answer said it was accepted (with how many claims), and the first time a
/// score from <c>WatchScores</c> listed it. Safe to call from the submitters and the watcher at once.
/// </summary>
public sealed class LoadRecorder
{
    private readonly Dictionary<string, int> _indexOf;
    private readonly double[] _sent;
    private readonly double[] _accepted;
    private readonly double[] _scored;
    private readonly int[] _claims;
    private readonly Lock _gate = new();
    private int _calls;
    private int _expected;
    private int _scoredExpected;
    private double _lastScored = double.NaN;

    public LoadRecorder(IReadOnlyList<string> reportIds)
    {
        _indexOf = reportIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _sent = Filled(reportIds.Count);
        _accepted = Filled(reportIds.Count);
        _scored = Filled(reportIds.Count);
        _claims = new int[reportIds.Count];
    }

    public Dictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Reports accepted with claims, hence expected in a score.</summary>
    public int Expected { get { lock (_gate) { return _expected; } } }

    /// <summary>How many of those a score has listed so far.</summary>
    public int ScoredExpected { get { lock (_gate) { return _scoredExpected; } } }

    /// <summary>When the latest first listing came, NaN before any.</summary>
    public double LastScored { get { lock (_gate) { return _lastScored; } } }

    public void Sent(int index, double at)
    {
        lock (_gate)
        {
            _sent[index] = at;
        }
    }

    /// <summary>One gRPC call answered (a unary submission or a whole client stream).</summary>
    public void Called()
    {
        lock (_gate)
        {
            _calls++;
        }
    }

    /// <summary>Ingest stored it (accepted or updated) with <paramref name="claims"/> claims; a report without claims joins no incident.</summary>
    public void Accepted(int index, double at, int claims)
    {
        lock (_gate)
        {
            _accepted[index] = at;
            _claims[index] = claims;
            if (claims > 0)
            {
                _expected++;
                if (!double.IsNaN(_scored[index]))
                {
                    _scoredExpected++; // its score was seen before the answer came
                }
            }
        }
    }

    /// <summary>Not accepted: <paramref name="reason"/> is counted (a status code, "rejected", "unchanged").</summary>
    public void Failed(string reason)
    {
        lock (_gate)
        {
            Failures[reason] = Failures.GetValueOrDefault(reason) + 1;
        }
    }

    /// <summary>A score listed <paramref name="reportId"/>; only the first listing of one of this run's reports counts.</summary>
    public void Scored(string reportId, double at)
    {
        if (!_indexOf.TryGetValue(reportId, out var index))
        {
            return; // another run's report
        }
        lock (_gate)
        {
            if (!double.IsNaN(_scored[index]))
            {
                return;
            }
            _scored[index] = at;
            _lastScored = double.IsNaN(_lastScored) ? at : Math.Max(_lastScored, at);
            if (_claims[index] > 0)
            {
                _scoredExpected++;
            }
        }
    }

    /// <summary>A copy of everything recorded so far.</summary>
    public LoadSnapshot Snapshot()
    {
        lock (_gate)
        {
            var reports = Enumerable.Range(0, _sent.Length)
                .Select(i => new ReportTimes(_sent[i], _accepted[i], _scored[i], _claims[i]))
                .ToList();
            return new LoadSnapshot(reports, _calls, new Dictionary<string, int>(Failures, StringComparer.Ordinal));
        }
    }

    private static double[] Filled(int count)
    {
        var times = new double[count];
        Array.Fill(times, double.NaN);
        return times;
    }
}

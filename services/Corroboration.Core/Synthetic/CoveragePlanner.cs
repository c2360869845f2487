namespace Corroboration.Core.Synthetic;

/// <summary>
/// Decides who reports an incident, in what role and when. Real incidents get a heavy-tailed
/// number of reports (most 1–3, some over ten): independent first-hand accounts, articles citing
/// an NGO or wire, wire copies and reposts, sister-outlet translations, and the accused party's
/// denial (or, for the Coalition, sometimes an acknowledgement). A hoax is one unreliable
/// source (a social account or a partisan outlet), sometimes reposted, sometimes refuted.
/// </summary>
internal sealed class CoveragePlanner(SourceCatalog catalog)
{
    private const int MaxDelayDays = 21;
    private const int MaxReports = 60;

    public List<PlannedReport> Plan(SyntheticIncident incident, Random rng) =>
        incident.IsHoax ? PlanHoax(incident, rng) : PlanReal(incident, rng);

    private List<PlannedReport> PlanReal(SyntheticIncident incident, Random rng)
    {
        var count = rng.HeavyTail(1.3, MaxReports);
        var plan = new List<PlannedReport> { Origin(incident, plan: null, rng) };
        var spoken = false;
        while (plan.Count < count)
        {
            var r = rng.NextDouble();
            PlannedReport? next = r switch
            {
                < 0.38 => Origin(incident, plan, rng),
                < 0.60 => Citing(incident, plan, rng),
                < 0.84 => Copy(incident, plan, rng),
                < 0.92 when !spoken && incident.Perpetrator.Denier is not null => Spokesman(incident, plan, rng),
                _ => Origin(incident, plan, rng),
            };
            spoken |= next?.Role is ReportRole.Denial or ReportRole.Acknowledgement;
            plan.Add(next ?? Origin(incident, plan, rng));
        }
        return plan;
    }

    private List<PlannedReport> PlanHoax(SyntheticIncident incident, Random rng)
    {
        var partisan = catalog.Of(SourceKind.Partisan, incident.Place).Where(s => s.Accuses?.Contains(incident.Perpetrator.Name) == true).ToList();
        var source = partisan.Count > 0 && rng.Chance(0.4) ? rng.Pick(partisan) : rng.Pick(catalog.Of(SourceKind.Social, incident.Place));
        var plan = new List<PlannedReport> { Report(ReportRole.Origin, source, incident.Date.AddDays(rng.Next(2)), incident, null, null, incident.Killed, incident.Injured, rng) };
        var copies = rng.Chance(0.4) ? rng.HeavyTail(1.5, 5) : 0;
        for (var i = 0; i < copies; i++)
        {
            var copiers = catalog.Of(SourceKind.Social, incident.Place).Where(s => s.Languages.Contains(plan[0].Language)).ToList();
            var copier = copiers.Count > 0 ? rng.Pick(copiers) : rng.Pick(catalog.Of(SourceKind.Social, incident.Place));
            plan.Add(Report(ReportRole.Copy, copier, After(plan[0].Published, rng.Next(2), incident), incident, 0, null, incident.Killed, incident.Injured, rng) with { Language = plan[0].Language });
        }
        if (rng.Chance(0.3) && incident.Perpetrator.Denier is not null)
        {
            plan.Add(Spokesman(incident, plan, rng) with { Role = ReportRole.Denial });
        }
        if (rng.Chance(0.25))
        {
            var checker = rng.Pick(catalog.Of(SourceKind.FactChecker, incident.Place));
            plan.Add(Report(ReportRole.Refutation, checker, After(plan[0].Published, 1 + rng.Next(5), incident), incident, 0, null, incident.Killed, incident.Injured, rng));
        }
        return plan;
    }

    private PlannedReport Origin(SyntheticIncident incident, List<PlannedReport>? plan, Random rng)
    {
        var kind = rng.Weighted(incident.Place.Country == "SY" ? SyriaOrigins : OtherOrigins);
        var candidates = kind == SourceKind.Partisan
            ? catalog.Of(kind, incident.Place).Where(s => s.Accuses?.Contains(incident.Perpetrator.Name) == true).ToList()
            : catalog.Of(kind, incident.Place);
        if (candidates.Count == 0)
        {
            candidates = catalog.Of(SourceKind.Media, incident.Place);
        }
        // A second story by an outlet already covering the incident is an update: allowed, but rarely.
        var source = rng.Pick(candidates);
        for (var tries = 0; tries < 3 && plan?.Any(p => p.Source == source) == true; tries++)
        {
            source = rng.Pick(candidates);
        }
        var published = incident.Date.AddDays(OriginDelay(source.Kind, rng));
        return Report(ReportRole.Origin, source, published, incident, null, null, Vary(incident.Killed, rng), Vary(incident.Injured, rng), rng);
    }

    private PlannedReport? Citing(SyntheticIncident incident, List<PlannedReport> plan, Random rng)
    {
        var citable = Enumerable.Range(0, plan.Count)
            .Where(i => plan[i].Role == ReportRole.Origin && plan[i].Source.Kind is SourceKind.QuickNgo or SourceKind.Investigator or SourceKind.Wire or SourceKind.LocalMonitor && plan[i].Source.CitedEnglish is not null)
            .ToList();
        if (citable.Count == 0)
        {
            return null;
        }
        var parent = rng.Pick(citable);
        var kind = rng.Weighted<SourceKind>([(SourceKind.Media, 0.7), (SourceKind.Wire, 0.15), (SourceKind.Social, 0.15)]);
        var source = rng.Pick(catalog.Of(kind, incident.Place));
        if (source == plan[parent].Source)
        {
            return null;
        }
        var p = plan[parent];
        var fresh = rng.Chance(0.2);
        return Report(ReportRole.Citing, source, After(p.Published, Small(rng), incident), incident, parent, p.Source,
            fresh ? Vary(incident.Killed, rng) : p.Killed, fresh ? Vary(incident.Injured, rng) : p.Injured, rng);
    }

    private PlannedReport? Copy(SyntheticIncident incident, List<PlannedReport> plan, Random rng)
    {
        var parent = rng.Next(plan.Count);
        var p = plan[parent];
        if (p.Role is not (ReportRole.Origin or ReportRole.Citing))
        {
            return null;
        }
        if (p.Source.Sister is { } sisterName && plan.All(q => q.Source.Name != sisterName) && rng.Chance(0.6))
        {
            var sister = catalog[sisterName];
            return Report(ReportRole.Translation, sister, After(p.Published, rng.Next(2), incident), incident, parent, p.Cited, p.Killed, p.Injured, rng) with { Language = rng.Pick(sister.Languages) };
        }
        var kind = p.Source.Kind is SourceKind.Social or SourceKind.LocalMonitor or SourceKind.Partisan ? SourceKind.Social : SourceKind.Media;
        var copiers = catalog.Of(kind, incident.Place).Where(s => s.Languages.Contains(p.Language)).ToList();
        if (copiers.Count == 0)
        {
            return null;
        }
        var copier = rng.Pick(copiers);
        if (copier == p.Source)
        {
            return null;
        }
        var delay = rng.Chance(0.75) ? 0 : rng.Next(1, 3);
        return Report(ReportRole.Copy, copier, After(p.Published, delay, incident), incident, parent, p.Cited, p.Killed, p.Injured, rng) with { Language = p.Language };
    }

    private PlannedReport Spokesman(SyntheticIncident incident, List<PlannedReport> plan, Random rng)
    {
        var source = catalog[incident.Perpetrator.Denier!];
        var role = source.Name == "US Central Command" && rng.Chance(0.5) ? ReportRole.Acknowledgement : ReportRole.Denial;
        return Report(role, source, After(plan[0].Published, rng.Next(3), incident), incident, null, null, incident.Killed, incident.Injured, rng);
    }

    private static PlannedReport Report(ReportRole role, Source source, DateOnly published, SyntheticIncident incident, int? parent, Source? cited, int killed, int injured, Random rng)
    {
        var missing = source.Kind switch
        {
            SourceKind.Social => 0.5,
            SourceKind.LocalMonitor => 0.3,
            SourceKind.Media or SourceKind.Partisan => 0.1,
            _ => 0.03,
        };
        var urlDated = source.Kind == SourceKind.Social ? rng.Chance(0.6) : !source.Domain.StartsWith("www.facebook.com", StringComparison.Ordinal) && rng.Chance(0.45);
        var published2 = published.DayNumber - incident.Date.DayNumber > MaxDelayDays ? incident.Date.AddDays(MaxDelayDays) : published;
        return new PlannedReport(role, source, rng.Pick(source.Languages), published2, !rng.Chance(missing), urlDated, parent, cited, killed, injured);
    }

    private static readonly (SourceKind, double)[] SyriaOrigins =
    [
        (SourceKind.LocalMonitor, 22), (SourceKind.Social, 22), (SourceKind.Media, 25), (SourceKind.QuickNgo, 14),
        (SourceKind.Wire, 8), (SourceKind.Investigator, 3), (SourceKind.Partisan, 6),
    ];

    private static readonly (SourceKind, double)[] OtherOrigins =
    [
        (SourceKind.Media, 35), (SourceKind.Wire, 15), (SourceKind.Social, 20), (SourceKind.LocalMonitor, 10),
        (SourceKind.QuickNgo, 8), (SourceKind.Investigator, 5), (SourceKind.Partisan, 7),
    ];

    private static int OriginDelay(SourceKind kind, Random rng) => kind switch
    {
        SourceKind.Social or SourceKind.LocalMonitor or SourceKind.Partisan => rng.Weighted([(0, 0.7), (1, 0.25), (2 + rng.Next(2), 0.05)]),
        SourceKind.Wire => rng.Weighted([(0, 0.6), (1, 0.35), (2, 0.05)]),
        SourceKind.QuickNgo => rng.Weighted([(0, 0.6), (1, 0.25), (2 + rng.Next(5), 0.15)]),
        SourceKind.Investigator => 3 + rng.Next(MaxDelayDays - 2),
        _ => rng.Weighted([(0, 0.45), (1, 0.35), (2 + rng.Next(5), 0.15), (7 + rng.Next(MaxDelayDays - 6), 0.05)]),
    };

    private static int Small(Random rng) => rng.Weighted([(0, 0.5), (1, 0.3), (2 + rng.Next(3), 0.2)]);

    private static DateOnly After(DateOnly published, int days, SyntheticIncident incident)
    {
        var date = published.AddDays(days);
        return date.DayNumber - incident.Date.DayNumber > MaxDelayDays ? incident.Date.AddDays(MaxDelayDays) : date;
    }

    /// <summary>A source's figure: usually the true toll, sometimes an early lower count or a higher one.</summary>
    private static int Vary(int n, Random rng)
    {
        if (n == 0)
        {
            return 0;
        }
        var r = rng.NextDouble();
        return r switch
        {
            < 0.55 => n,
            < 0.8 => Math.Max(1, n - 1 - rng.Next(Math.Max(1, n / 5))),
            < 0.95 => n + 1 + rng.Next(Math.Max(1, n / 6)),
            _ => n,
        };
    }
}

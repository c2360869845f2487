using System.Runtime.CompilerServices;
using Corroboration.Contracts;
using Corroboration.Core.Extraction;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// A realistic, deterministic multi-source corpus for measuring the suite at any size: incidents
/// in real gazetteer places (mostly Syria, some Iraq and Yemen, 2021–2023), confusable
/// neighbours, English and Arabic reports from NGOs, wires, outlets, local monitors, social
/// accounts and the parties themselves, written from many templates with varied transliteration,
/// date and number forms; casualty figures that disagree a little; wire copies, reposts, sister
/// translations, articles citing NGOs, denials, and hoaxes from a single unreliable source.
/// Reports carry no coded claims (the suite must extract them), except a few NGO reports.
/// <para>
/// The same seed gives the same reports in the same order (one seeded <see cref="Random"/>, no
/// clock). Reports stream out: only a window of about <see cref="ShuffleWindow"/> reports is
/// held, shuffled so an incident's reports are not all adjacent. Ids are <c>syn-{seed}-{n}</c>,
/// incidents <c>syn-{seed}-i{n}</c>; see <see cref="SyntheticGold"/> for the gold columns.
/// </para>
/// </summary>
public sealed class SyntheticCorpus
{
    public const int ShuffleWindow = 2048;
    private const double CodedShare = 0.12;
    private static readonly ConditionalWeakTable<Gazetteer, PlacePool> Pools = [];
    private readonly PlacePool places;
    private readonly Governorates governorates;

    public SyntheticCorpus(Gazetteer gazetteer, int seed)
    {
        Seed = seed;
        governorates = new Governorates(gazetteer);
        places = Pools.GetValue(gazetteer, g => new PlacePool(g, new Governorates(g)));
    }

    public int Seed { get; }

    /// <summary>Exactly <paramref name="reports"/> reports, lazily.</summary>
    public IEnumerable<SyntheticReport> Generate(int reports)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reports);
        return Stream(reports);
    }

    private IEnumerable<SyntheticReport> Stream(int reports)
    {
        var rng = new Random(Seed);
        var planner = new CoveragePlanner(new SourceCatalog(rng));
        var incidents = new IncidentFactory(places, Seed);
        var english = new EnglishWriter(governorates);
        var arabic = new ArabicWriter(governorates);
        var buffer = new List<SyntheticReport>(ShuffleWindow + 256);
        var made = 0;
        while (made < reports)
        {
            foreach (var incident in incidents.Episode(rng))
            {
                var written = new List<SyntheticReport>();
                foreach (var plan in planner.Plan(incident, rng))
                {
                    if (made == reports)
                    {
                        break;
                    }
                    made++;
                    var story = new Story(incident, plan.Source, plan.Role, plan.Published, plan.AnchorKnown, plan.Killed, plan.Injured, plan.Cited);
                    written.Add(Write(story, plan, written, made, plan.Language == "ar" ? arabic.Write : english.Write, rng));
                }
                buffer.AddRange(written);
            }
            if (buffer.Count >= ShuffleWindow || made == reports)
            {
                rng.Shuffle(buffer);
                foreach (var report in buffer)
                {
                    yield return report;
                }
                buffer.Clear();
            }
        }
    }

    private SyntheticReport Write(Story story, PlannedReport plan, List<SyntheticReport> written, int number, Func<Story, Random, Draft> writer, Random rng)
    {
        var id = $"syn-{Seed}-{number}";
        var parent = plan.Parent is { } p ? written[p] : null;
        var draft = plan.Role == ReportRole.Copy ? CopyOf(parent!, plan, rng) : writer(story, rng);
        var incident = story.Incident;
        var coded = plan.Role == ReportRole.Origin && plan.Source.Kind is SourceKind.QuickNgo or SourceKind.Investigator && rng.Chance(CodedShare);
        var report = new ReportPayload
        {
            Id = id,
            Source = plan.Source.Name,
            SourceType = plan.Source.Type,
            Url = UrlWriter.For(plan, number, rng),
            PublishedAt = plan.PublishedKnown ? UrlWriter.PublishedAt(plan.Published, rng) : null,
            // A few senders leave the language out: the suite detects it.
            Language = rng.Chance(0.03) ? null : plan.Language,
            Title = draft.Title,
            Text = draft.Text,
            Claims = coded ? [Coded(story)] : null,
        };
        var gold = new SyntheticGold(id, incident.Id, incident.IsHoax, incident.Date, incident.Place.English, incident.Perpetrator.Name, incident.Place.Admin1, incident.Place.Place.CountryName);
        var copyOf = plan.Role is ReportRole.Copy or ReportRole.Translation ? parent!.Report.Id : null;
        return new SyntheticReport(report, gold, plan.Role, copyOf, draft.Template, plan.Language, draft.StatesDate, draft.StatesPlace);
    }

    /// <summary>A republished text: reposts add a "BREAKING"/"عاجل" tag, outlets retitle it and sometimes cut the end.</summary>
    private static Draft CopyOf(SyntheticReport parent, PlannedReport plan, Random rng)
    {
        var text = parent.Report.Text;
        var title = parent.Report.Title;
        if (plan.Source.Kind == SourceKind.Social)
        {
            var tag = plan.Language == "ar" ? rng.Pick(["عاجل | ", "#عاجل ", "", "منقول: "]) : rng.Pick(["RT: ", "BREAKING: ", ""]);
            return new Draft(null, tag + text, parent.Template + "+repost", parent.StatesDate, parent.StatesPlace);
        }
        if (rng.Chance(0.5))
        {
            var cut = text.LastIndexOf("\n\n", StringComparison.Ordinal);
            cut = cut > 0 ? cut : text.LastIndexOf(". ", StringComparison.Ordinal) + 1;
            text = cut > text.Length * 0.4 ? text[..cut].TrimEnd() : text;
        }
        if (title is not null && rng.Chance(0.5))
        {
            title = plan.Language == "ar" ? $"{title} | {plan.Source.Name}" : $"{parent.Gold.Country}: {title}";
        }
        return new Draft(title, text, parent.Template + "+copy", parent.StatesDate, parent.StatesPlace);
    }

    /// <summary>The structured claim a few NGOs send along with their text.</summary>
    private static ClaimPayload Coded(Story story)
    {
        var incident = story.Incident;
        var place = incident.Place.Place;
        return new ClaimPayload
        {
            OccurredOn = incident.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Place = incident.Place.English,
            Country = place.CountryName,
            Admin1 = place.Admin1,
            Lat = place.Lat,
            Lon = place.Lon,
            KilledMin = story.Killed,
            KilledMax = story.Killed,
            InjuredMin = story.Injured,
            InjuredMax = story.Injured,
            Civilians = true,
            Perpetrator = incident.Perpetrator.Name == PerpetratorNames.Unknown ? null : incident.Perpetrator.Name,
            Weapons = [incident.Weapon.Term],
            Targets = [incident.Target.Term],
            Evidence = ["witness", "imagery"],
        };
    }
}

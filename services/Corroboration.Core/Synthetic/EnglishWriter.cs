namespace Corroboration.Core.Synthetic;

/// <summary>
/// Writes English reports: a lead from one of many templates (word order, verbs, attribution
/// vary), a headline, and a few sentences of detail; wire datelines; denials, acknowledgements
/// and fact-checks in their own wording.
/// </summary>
internal sealed class EnglishWriter(Governorates governorates)
{
    private const int LeadTemplates = 16;

    public Draft Write(Story s, Random rng)
    {
        var x = new EnglishSlots(s, governorates, rng);
        return s.Role switch
        {
            ReportRole.Denial => Denial(s, x, rng),
            ReportRole.Acknowledgement => Acknowledgement(x),
            ReportRole.Refutation => Refutation(s, x),
            _ => Account(s, x, rng),
        };
    }

    private static Draft Account(Story s, EnglishSlots x, Random rng)
    {
        var (template, lead) = s.Killed == 0 ? InjuryLead(x, rng) : Lead(s, x, rng);
        var sentences = new List<string> { lead };
        if (s.Cited is { } cited && !lead.Contains(cited.CitedEnglish ?? cited.Name, StringComparison.Ordinal))
        {
            sentences.Add($"The figures were reported by {cited.CitedEnglish ?? cited.Name}.");
        }
        sentences.AddRange(Extras(s, x, rng));
        var dateline = s.Source.Kind == SourceKind.Wire ? Dateline(s, rng) : "";
        var text = dateline + string.Join(rng.Chance(0.5) ? " " : "\n\n", sentences);
        var title = s.Source.Kind == SourceKind.Social ? null : Title(s, x, rng);
        return new Draft(title, text, $"en.lead{template}", x.Date.Full, true);
    }

    private static (int, string) Lead(Story s, EnglishSlots x, Random rng)
    {
        var template = rng.Next(LeadTemplates);
        var hasAgent = x.Agent is not null;
        var ownNgo = s.Source.Kind is SourceKind.QuickNgo or SourceKind.Investigator && s.Cited is null;
        // Templates that need a part this story lacks fall back to the plainest one.
        if ((template is 2 or 4 or 8 or 13 && !hasAgent) || (template == 2 && x.Date.IsEmpty) || (template == 9 && x.Children.Length == 0)
            || (template == 15 && !ownNgo) || (template == 6 && s.Killed < 3) || (template is 11 or 12 && s.Source.Kind is not (SourceKind.Social or SourceKind.LocalMonitor or SourceKind.Partisan)))
        {
            template = 0;
        }
        var injuring = x.Injured.Length > 0 ? $" and injuring {x.Injured}" : "";
        var lead = template switch
        {
            0 => $"{Numbers.Capital(x.Attack)} killed {x.Killed} in {x.PlaceWithKind}{x.Where}{x.When}, {x.Attribution}.",
            1 => $"{Numbers.Capital(x.Killed)} {(s.Killed == 1 ? "was" : "were")} killed{(x.Injured.Length > 0 ? $" and {x.Injured} wounded" : "")}{x.When} when {x.Attack} hit {x.Target} in {x.Place}{(x.Region.Length > 0 ? ", " + x.Region : "")}.",
            2 => $"{Numbers.Capital(x.Date.Text)}, {x.Agent} {x.Verb} {x.Target} in {x.Place}{x.Where}, killing {x.Killed}{injuring}.",
            3 => $"At least {x.KilledNumber} {(s.Killed == 1 ? "civilian was" : "civilians were")} killed{x.When} in {x.Attack} on {x.PlaceWithKind}{x.Where}, {x.Attribution}.",
            4 => $"{Numbers.Capital(x.Agent!)} {x.Verb} {x.PlaceWithKind}{x.Where}{x.When}, killing {x.Killed}{injuring}, {x.Attribution}.",
            5 => $"{Numbers.Capital(x.Killed)} died{x.When} after {x.Attack} targeted {x.Target} on the outskirts of {x.Place}{x.Where}.",
            6 => $"The death toll from {x.Attack} on {x.Place}{x.Where}{x.When} has risen to {x.KilledNumber}, {x.Attribution}.",
            7 => $"{Numbers.Capital(x.Attack)} on {x.Target} in {x.Place}{x.When} left {x.Killed} dead{(x.Injured.Length > 0 ? $" and {x.Injured} injured" : "")}{x.Where}, {x.Attribution}.",
            8 => $"Residents of {x.Place}{x.Where} said {x.Agent} {x.Verb} {x.Target}{x.When}, killing {x.Killed}.",
            9 => $"{Numbers.Capital(x.Killed)}, including {x.Children} {(x.Children is "1" or "one" ? "child" : "children")}, were killed{x.When} when {x.Attack} struck {x.PlaceWithKind}{x.Where}.",
            10 => $"{Numbers.Capital(x.Killed)} {(s.Killed == 1 ? "was" : "were")} killed{x.When} in {x.Place}{x.Where} in what activists described as {x.Attack}.",
            11 => $"{(x.Place.Contains(' ') ? x.Place + ":" : "#" + x.Place)} {x.Killed} killed{(x.Injured.Length > 0 ? $", {x.Injured} injured" : "")} in {x.Attack} on {x.Target}{x.When}{x.Where}.",
            12 => $"BREAKING: {x.Attack} on {x.Place}{x.Where}{x.When}. {Numbers.Capital(x.Killed)} dead so far, many wounded.",
            13 => $"{Numbers.Capital(x.Agent!)} {x.Verb} {x.Target} in {x.PlaceWithKind}{x.Where}{x.When}. {Numbers.Capital(x.Killed)} {(s.Killed == 1 ? "was" : "were")} killed{(x.Injured.Length > 0 ? $" and {x.Injured} wounded" : "")}.",
            14 => $"{Numbers.Capital(x.Killed)} lost their lives{x.When} in {x.PlaceWithKind}{x.Where} after {x.Attack} targeted {x.Target}, {x.Attribution}.",
            _ => $"{Numbers.Capital(s.Source.CitedEnglish ?? s.Source.Name)} documented the killing of {x.Killed}{x.When} in {x.Attack} on {x.PlaceWithKind}{x.Where}.",
        };
        return (template, lead);
    }

    private static (int, string) InjuryLead(EnglishSlots x, Random rng)
    {
        var (injured, were) = x.Injured switch
        {
            "" => ("several people", "were"),
            "one other person" or "another person" or "one other" => ("a civilian", "was"),
            _ => (x.Injured.Replace("others", "people"), "were"),
        };
        var template = rng.Next(3);
        return (100 + template, template switch
        {
            0 => $"{Numbers.Capital(injured)} {were} wounded{x.When} when {x.Attack} hit {x.Target} in {x.PlaceWithKind}{x.Where}, {x.Attribution}.",
            1 => $"{Numbers.Capital(x.Attack)} on {x.Place}{x.Where}{x.When} injured {injured}, {x.Attribution}.",
            _ => $"No deaths were reported after {x.Attack} targeted {x.Target} in {x.Place}{x.Where}{x.When}, but {injured} {were} injured.",
        });
    }

    private static string Title(Story s, EnglishSlots x, Random rng)
    {
        var k = Numbers.Digits(s.Killed);
        var adjective = x.Adjective.Length > 0 ? x.Adjective : "Unclaimed";
        return rng.Next(7) switch
        {
            _ when s.Killed == 0 => $"Civilians wounded in {x.Place} attack",
            0 => $"{Numbers.Capital(x.AttackBare)} {Kills(x)} {k} in {x.Place}",
            1 => $"{k} killed in {x.AttackBare} on {x.Place}",
            2 => $"{x.Country}: {x.AttackBare} on {x.Place} {Kills(x)} {k} {(s.Killed == 1 ? "civilian" : "civilians")}",
            3 => $"{Numbers.Capital(adjective)} attack kills civilians in {x.Governorate}",
            4 => $"Civilians killed in {x.Place} as attacks continue",
            5 => $"Death toll rises after {x.AttackBare} in {x.Governorate}",
            _ => $"{k} dead{(s.Injured > 0 ? $", {Numbers.Digits(s.Injured)} wounded" : "")} in {x.Place} attack",
        };
    }

    // "barrel bombs kill", "an airstrike kills".
    private static string Kills(EnglishSlots x) => x.AttackBare.EndsWith('s') ? "kill" : "kills";

    private static IEnumerable<string> Extras(Story s, EnglishSlots x, Random rng)
    {
        var pool = new List<string>
        {
            "Footage shared on social media showed rescuers pulling people from the rubble.",
            "A witness said the attack came without warning.",
            "Medical records from a local hospital confirmed the toll.",
            "The area has seen an escalation of attacks in recent weeks.",
            $"Thousands of displaced people live in camps across {x.Governorate}.",
            s.Incident.Perpetrator.Name == Extraction.PerpetratorNames.Unknown
                ? "No group claimed responsibility for the attack."
                : $"There was no immediate comment from {x.Agent ?? "the accused side"}.",
        };
        if (x.Children.Length > 0 && x.Children is not ("1" or "one"))
        {
            pool.Add($"Among the dead were {x.Children} children.");
        }
        if (s.Source.Kind == SourceKind.Investigator)
        {
            pool.Add($"A weapons expert who reviewed photographs identified the remnants of {Numbers.Article(s.Incident.Weapon.Term)}.");
            pool.Add("Researchers visited the site and interviewed survivors.");
        }
        rng.Shuffle(pool);
        return pool.Take(s.Source.Kind == SourceKind.Social ? rng.Next(2) : 1 + rng.Next(3));
    }

    private static string Dateline(Story s, Random rng)
    {
        var city = s.Incident.Place.Country switch { "IQ" => "BAGHDAD", "YE" => "ADEN", _ => rng.Pick(["BEIRUT", "AMMAN", "ISTANBUL"]) };
        var tag = s.Source.Name switch { "Associated Press" => "(AP) —", "AFP" => "(AFP) -", _ => "(Reuters) -" };
        return $"{city} {tag} ";
    }

    private static Draft Denial(Story s, EnglishSlots x, Random rng)
    {
        var (body, forces) = Spokesmen.English(s.Source.Name);
        var text = rng.Next(3) switch
        {
            0 => $"{body} denied reports that {forces} struck {x.Place}{x.Where}{x.When}, calling claims of civilian casualties fabricated.",
            1 => $"{body} rejected the claims that {forces} targeted civilians in {x.Place}{x.When}, saying the strikes hit only militant positions{x.Where}.",
            _ => $"{body} denied any involvement in the attack on {x.Place}{x.Where}{x.When} and said reports of {x.KilledNumber} dead were fabricated.",
        };
        return new Draft($"{body} denies attack on {x.Place}", text, "en.denial", x.Date.Full, true);
    }

    private static Draft Acknowledgement(EnglishSlots x)
    {
        var text = $"US Central Command said its forces conducted {Numbers.Article(x.AttackBare.Replace("US-led coalition ", "").Replace("US ", "").Replace("American ", ""))} in {x.Place}{x.Where}{x.When}, and that it was assessing reports of civilian casualties.";
        return new Draft($"CENTCOM statement on strike near {x.Place}", text, "en.acknowledgement", x.Date.Full, true);
    }

    private static Draft Refutation(Story s, EnglishSlots x)
    {
        var text = $"Claims that {x.Attack} hit {x.Place}{x.Where}{x.When} and killed {x.KilledNumber} civilians are false. "
            + $"The images shared with the claim were taken in an earlier attack, and no local monitor recorded a strike on {x.Place} that day. The story is fabricated.";
        return new Draft($"Fact check: no attack on {x.Place}", text, "en.refutation", x.Date.Full, true);
    }
}

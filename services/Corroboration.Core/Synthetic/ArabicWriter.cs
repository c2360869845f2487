namespace Corroboration.Core.Synthetic;

/// <summary>
/// Writes Arabic reports: a lead from one of many templates (قُتل/استشهد/مقتل, verb-first or
/// nominal, hashtags and "عاجل" in posts), a headline, a few sentences of detail; denials
/// (نفت/نفى) and fact-checks; Arabic-Indic digits in some outlets' copy.
/// </summary>
internal sealed class ArabicWriter(Governorates governorates)
{
    private const int LeadTemplates = 12;

    public Draft Write(Story s, Random rng)
    {
        var x = new ArabicSlots(s, governorates, rng);
        var draft = s.Role switch
        {
            ReportRole.Denial => Denial(s, x, rng),
            ReportRole.Acknowledgement => new Draft(null, $"أعلنت القيادة المركزية الأمريكية أن قواتها نفذت {x.Attack} على {x.PlaceWithKind}{x.Where}{x.When}، وأنها تراجع التقارير عن سقوط ضحايا مدنيين.", "ar.acknowledgement", x.Date.Full, true),
            ReportRole.Refutation => Refutation(x),
            _ => Account(s, x, rng),
        };
        // Some outlets print Arabic-Indic digits (٢٠٢٢); the rest ASCII ones.
        return rng.Chance(0.25) ? draft with { Title = draft.Title is null ? null : Numbers.IndicDigits(draft.Title), Text = Numbers.IndicDigits(draft.Text) } : draft;
    }

    private static Draft Account(Story s, ArabicSlots x, Random rng)
    {
        var (template, lead) = s.Killed == 0 ? InjuryLead(x, rng) : Lead(s, x, rng);
        var sentences = new List<string> { lead };
        if (s.Cited is { } cited && !lead.Contains(cited.CitedArabic ?? cited.Name, StringComparison.Ordinal))
        {
            sentences.Add($"وذكر {cited.CitedArabic ?? cited.Name} أن الحصيلة مرشحة للارتفاع.");
        }
        sentences.AddRange(Extras(s, x, rng));
        var text = string.Join(rng.Chance(0.5) ? " " : "\n\n", sentences);
        var title = s.Source.Kind == SourceKind.Social ? null : Title(s, x, rng);
        return new Draft(title, text, $"ar.lead{template}", x.Date.Full, true);
    }

    private static (int, string) Lead(Story s, ArabicSlots x, Random rng)
    {
        var template = rng.Next(LeadTemplates);
        var ngo = s.Source.Kind is SourceKind.QuickNgo or SourceKind.Investigator || s.Cited is not null;
        var post = s.Source.Kind is SourceKind.Social or SourceKind.LocalMonitor or SourceKind.Partisan;
        if ((template == 3 && s.Killed < 3) || (template is 4 or 11 && !ngo) || (template == 11 && s.Killed < 3) || (template is 5 or 6 && !post) || (template == 7 && x.Governorate.Length == 0))
        {
            template = 0;
        }
        var verb = rng.Pick(["قُتل", "استشهد", "قضى"]);
        var who = s.Cited is { } cited ? cited.CitedArabic ?? cited.Name : s.Source.CitedArabic ?? s.Source.Name;
        var children = x.Children switch { 0 => "", 1 => "، بينهم طفل", 2 => "، بينهم طفلان", _ => $"، بينهم {Numbers.Digits(x.Children)} أطفال" };
        var lead = template switch
        {
            0 => $"{verb} {x.Killed}{(x.Injured.Length > 0 ? $" وأصيب {x.Injured}" : "")}{Comma(x.When)} جراء {x.Attack} {(x.AttackFeminine ? "استهدفت" : "استهدف")} {x.Target} في {x.PlaceWithKind}{x.Where}، {x.Attribution}.",
            1 => $"مقتل {x.Killed}{x.AndInjured} ب{x.Attack} على {x.PlaceWithKind}{x.Where}{x.When}.",
            2 => $"{x.Clause} {x.Target} في {x.Place}{x.Where}{x.When}، ما أدى إلى مقتل {x.Killed}{x.AndInjured}.",
            3 => $"ارتفعت حصيلة ضحايا {x.Attack} على {x.PlaceWithKind}{x.Where}{x.When} إلى {x.KilledNumber} قتلى، {x.Attribution}.",
            4 => $"وثّق {who} مقتل {x.Killed}{x.When} جراء {x.Attack} على {x.PlaceWithKind}{x.Where}{children}.",
            5 => $"#{x.Place.Replace(' ', '_')} | {x.Attack} على {x.Target}{x.When} يسفر عن مقتل {x.Killed}{x.AndInjured}{x.Where}.",
            6 => $"عاجل | {x.Attack} {(x.AttackFeminine ? "تستهدف" : "يستهدف")} {x.PlaceWithKind}{x.Where}{x.When}، ومعلومات أولية عن مقتل {x.Killed}.",
            7 => $"أفاد مراسل {(s.Source.Kind == SourceKind.Social ? "محلي" : s.Source.Name)} في {x.Governorate} بمقتل {x.Killed}{x.When} إثر {x.Attack} على {x.Target} في {x.PlaceWithKind}.",
            8 => $"{verb} {x.Killed}{x.When} ب{x.Attack} طال {x.Target} في {x.PlaceWithKind}{x.Where}{children}.",
            9 => $"{(x.Masculine ? "تعرض" : "تعرضت")} {x.PlaceWithKind}{x.Where}{x.When} ل{x.Attack}، ما أسفر عن مقتل {x.Killed}{x.AndInjured}{children}.",
            10 => $"{x.Clause} {x.PlaceWithKind}{x.Where}{x.When}، وأسفر القصف عن مقتل {x.Killed}{x.AndInjured}، {x.Attribution}.",
            _ => $"قال {who} إن {x.Killed} قُتلوا{x.When} في {x.Attack} على {x.PlaceWithKind}{x.Where}.",
        };
        return (template, lead);
    }

    private static (int, string) InjuryLead(ArabicSlots x, Random rng)
    {
        var injured = x.Injured switch
        {
            "" => "عدد من المدنيين",
            "آخر" => "مدني",
            "اثنين آخرين" => "مدنيين اثنين",
            _ => x.Injured.Replace(" آخرين", " مدنيين"),
        };
        var template = rng.Next(2);
        return (100 + template, template switch
        {
            0 => $"أصيب {injured}{Comma(x.When)} جراء {x.Attack} {(x.AttackFeminine ? "استهدفت" : "استهدف")} {x.Target} في {x.PlaceWithKind}{x.Where}، {x.Attribution}.",
            _ => $"إصابة {injured} ب{x.Attack} على {x.PlaceWithKind}{x.Where}{x.When}.",
        });
    }

    private static string Title(Story s, ArabicSlots x, Random rng) => rng.Next(5) switch
    {
        _ when s.Killed == 0 => $"جرحى مدنيون ب{x.Attack} على {x.Place}",
        0 => $"مقتل {x.Killed} ب{x.Attack} على {x.Place}",
        1 => $"ضحايا مدنيون في {x.Attack} على {x.Place}{x.Where}",
        2 when s.Killed >= 3 => $"{x.Attack} على {x.Place} {(x.AttackFeminine ? "توقع" : "يوقع")} {x.KilledNumber} قتلى",
        3 => $"مجزرة جديدة في {x.Place}",
        _ => $"{x.Clause} {x.Place}",
    };

    private static IEnumerable<string> Extras(Story s, ArabicSlots x, Random rng)
    {
        var pool = new List<string>
        {
            "وتداول ناشطون صوراً ومقاطع فيديو تظهر حجم الدمار في المكان.",
            "وقال شاهد عيان إن القصف جاء دون سابق إنذار.",
            "وعملت فرق الإنقاذ على انتشال الضحايا من تحت الأنقاض.",
            "وتشهد المنطقة تصعيداً عسكرياً منذ أسابيع.",
            "ولم يصدر أي تعليق رسمي حتى ساعة إعداد هذا الخبر.",
            "وأكد مصدر طبي الحصيلة، مرجحاً ارتفاعها بسبب وجود إصابات خطيرة.",
        };
        if (s.Source.Kind == SourceKind.Investigator)
        {
            pool.Add("وزار باحثون الموقع وقابلوا ناجين من الهجوم.");
            pool.Add("وحدد خبير أسلحة اطلع على الصور بقايا الذخيرة المستخدمة.");
        }
        rng.Shuffle(pool);
        return pool.Take(s.Source.Kind == SourceKind.Social ? rng.Next(2) : 1 + rng.Next(3));
    }

    private static Draft Denial(Story s, ArabicSlots x, Random rng)
    {
        var (body, feminine) = Spokesmen.Arabic(s.Source.Name);
        var denied = feminine ? "نفت" : "نفى";
        var text = rng.Next(2) switch
        {
            0 => $"{denied} {body} صحة التقارير عن استهداف {x.PlaceWithKind}{x.Where}{x.When}، {(feminine ? "ووصفتها" : "ووصفها")} بأنها ادعاءات كاذبة.",
            _ => $"{denied} {body} ما تداولته وسائل إعلام عن سقوط ضحايا مدنيين في {x.PlaceWithKind}{x.When}، {(feminine ? "مؤكدة" : "مؤكداً")} أن القصف استهدف مواقع للإرهابيين{x.Where}.",
        };
        return new Draft($"{body} {(feminine ? "تنفي" : "ينفي")} استهداف {x.Place}", text, "ar.denial", x.Date.Full, true);
    }

    private static Draft Refutation(ArabicSlots x)
    {
        var text = $"تداولت حسابات على مواقع التواصل ادعاءات كاذبة عن {x.Attack} على {x.PlaceWithKind}{x.Where}{x.When} أسفر عن مقتل {x.Killed}. "
            + "وتبين أن الصور المرفقة قديمة، ولم يوثق أي مرصد محلي استهدافاً للمنطقة في ذلك اليوم.";
        return new Draft($"مضلل: لا قصف على {x.Place}", text, "ar.refutation", x.Date.Full, true);
    }

    private static string Comma(string when) => when.Length == 0 ? "" : "،" + when + "،";
}

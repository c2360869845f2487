namespace Corroboration.Core.Synthetic;

/// <summary>The weapons and targets incidents are drawn from.</summary>
internal static class Armoury
{
    public static IReadOnlyDictionary<string, Weapon> Weapons { get; } = new Weapon[]
    {
        new("airstrike", ["airstrike", "airstrikes", "air strike", "air raid", "air raids"], ["غارات جوية", "غارة جوية", "قصف جوي", "غارات"], ["home", "market", "farm", "camp", "school", "hospital", "mosque", "bakery"]),
        new("drone", ["drone strike", "drone attack", "suicide drone attack"], ["غارة بطائرة مسيرة", "استهداف بطائرة مسيّرة", "قصف بطائرة مسيرة"], ["vehicle", "home", "farm", "vehicle"]),
        new("artillery", ["artillery shelling", "shelling", "mortar fire", "artillery fire"], ["قصف مدفعي", "قصف بقذائف المدفعية", "قذائف هاون"], ["home", "home", "school", "farm", "market", "camp"]),
        new("missile", ["missile strike", "rocket attack", "rocket fire", "missile attack"], ["قصف صاروخي", "قصف بالصواريخ", "صواريخ"], ["home", "market", "farm", "water infrastructure", "camp"]),
        new("barrel bomb", ["barrel bombs", "barrel bomb attack"], ["قصف بالبراميل المتفجرة", "براميل متفجرة"], ["home", "market"]),
        new("cluster munition", ["cluster munitions", "cluster munition strike"], ["قصف بذخائر عنقودية", "قنابل عنقودية"], ["home", "camp", "school"]),
        new("ground raid", ["raid", "ground raid"], ["عملية إنزال جوي", "عملية إنزال"], ["home"]),
        new("improvised explosive device", ["roadside bomb", "improvised explosive device", "bomb"], ["انفجار عبوة ناسفة", "عبوة ناسفة"], ["vehicle", "market"]),
        new("car bomb", ["car bomb", "car bomb explosion"], ["انفجار سيارة مفخخة", "سيارة مفخخة"], ["market", "vehicle"]),
        new("landmine", ["landmine", "land mine blast"], ["انفجار لغم أرضي", "لغم أرضي"], ["farm", "vehicle"]),
        new("explosive remnants", ["unexploded ordnance", "explosive remnant of war"], ["انفجار جسم من مخلفات الحرب", "مخلفات الحرب"], ["farm", "home"]),
        new("gunfire", ["gunfire", "shooting attack"], ["إطلاق نار", "إطلاق النار"], ["vehicle", "home"]),
    }.ToDictionary(w => w.Term, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, Target> Targets { get; } = new Target[]
    {
        new("market", ["a market", "a crowded market", "a vegetable market"], ["سوقاً شعبياً", "سوق الخضار", "سوقاً"]),
        new("mosque", ["a mosque", "worshippers near a mosque"], ["مسجداً", "محيط جامع"]),
        new("hospital", ["a hospital", "a clinic"], ["مشفى", "مستوصفاً"]),
        new("school", ["a school"], ["مدرسة", "محيط مدرسة"]),
        new("camp", ["a camp for displaced people", "a displacement camp"], ["مخيماً للنازحين", "مخيماً"]),
        new("home", ["a house", "homes", "residential buildings", "a residential neighbourhood"], ["منزلاً", "منازل المدنيين", "الأحياء السكنية", "منزل عائلة"]),
        new("vehicle", ["a car", "a civilian vehicle", "a motorcycle"], ["سيارة مدنية", "دراجة نارية", "سيارة"]),
        new("bakery", ["a bakery", "a queue outside a bakery"], ["فرناً للخبز", "فرناً"]),
        new("farm", ["farmland", "a farm", "farmers in their fields"], ["أرضاً زراعية", "مزرعة", "مزارعين في أرضهم"]),
        new("water infrastructure", ["a water station"], ["محطة مياه"]),
    }.ToDictionary(t => t.Term, StringComparer.Ordinal);
}

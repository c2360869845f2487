namespace Corroboration.Host.Demo;

public static class DemoExtensions
{
    /// <summary>The demo seeder, only when <c>Demo:Corpus</c> is set (<c>--demo</c>); the corpus name is checked here, before start.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DemoOptions.Section);
        var demo = section.Get<DemoOptions>() ?? new DemoOptions();
        if (string.IsNullOrWhiteSpace(demo.Corpus))
        {
            return services;
        }
        _ = DemoCorpus.Read(demo); // throws on a corpus it does not know
        services.AddOptions<DemoOptions>().Bind(section);
        services.AddHostedService<DemoSeeder>();
        return services;
    }
}

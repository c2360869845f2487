using Corroboration.Host.Demo;
using Corroboration.Ingest;
using Corroboration.Matching;
using Corroboration.Scoring;
using Corroboration.ServiceDefaults;

// appsettings.json ships next to the program: found from any working folder (the SQLite file,
// a relative path, still lands in the working folder).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = DemoArguments.Expand(args), ContentRootPath = AppContext.BaseDirectory });
builder.AddServiceDefaults();
builder.Services.AddIngest().AddMatching().AddScoring();
builder.Services.AddDemo(builder.Configuration);
builder.Services.AddCorroborationBus(builder.Configuration, bus => bus.AddIngestConsumers().AddMatchingConsumers().AddScoringConsumers());

var app = builder.Build();
// The dashboard (wwwroot next to the program) is public; the API calls it makes need a token as any other.
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapDefaultEndpoints();
app.MapIngest();
app.MapMatching();
app.MapScoring();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var (grpc, web, metrics) = WebEndpoints.Listening(app);
    app.Logger.LogInformation(
        "Embedded mode: all services in one process; serving gRPC on {Urls}; dashboard and HTTP/JSON on {WebUrls}; Prometheus /metrics on {MetricsUrl}.",
        grpc, web, metrics);
});
app.Run();

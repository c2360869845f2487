using Corroboration.Dashboard;

// wwwroot and appsettings ship next to the program: found from any working folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var services = builder.Configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
if (services.Problem() is { } problem)
{
    throw new InvalidOperationException("refusing to start: " + problem);
}
builder.Services.AddReverseProxy().LoadFromMemory(ServiceRoutes.RouteConfigs(), ServiceRoutes.ClusterConfigs(services));

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGet("/healthz", () => "ok");
app.MapReverseProxy(); // the services check the caller's token; the dashboard only passes it on
app.Run();

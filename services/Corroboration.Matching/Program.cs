using Corroboration.Matching;
using Corroboration.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddMatching();
builder.Services.AddCorroborationBus(builder.Configuration, bus => bus.AddMatchingConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapMatching();
app.Run();

public partial class Program;

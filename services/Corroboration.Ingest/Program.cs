using Corroboration.Ingest;
using Corroboration.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddIngest();
builder.Services.AddCorroborationBus(builder.Configuration, bus => bus.AddIngestConsumers());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapIngest();
app.Run();

public partial class Program;
